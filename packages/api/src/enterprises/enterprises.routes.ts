// Routes of the enterprises context (docs/api-contract.md § enterprises).
import type { FastifyInstance } from 'fastify';

export async function enterprisesRoutes(_app: FastifyInstance): Promise<void> {}
