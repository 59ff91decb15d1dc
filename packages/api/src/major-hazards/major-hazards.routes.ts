// Routes of the major-hazards context (docs/api-contract.md § major-hazards).
import type { FastifyInstance } from 'fastify';

export async function majorHazardsRoutes(_app: FastifyInstance): Promise<void> {}
