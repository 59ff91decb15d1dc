// Routes of the chemicals context (docs/api-contract.md § chemicals).
import type { FastifyInstance } from 'fastify';

export async function chemicalsRoutes(_app: FastifyInstance): Promise<void> {}
