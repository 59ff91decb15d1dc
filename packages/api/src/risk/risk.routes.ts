// Routes of risk points (H1). (Slot registered in server.ts; filled by its owner.)
import type { FastifyInstance } from 'fastify';

export async function riskRoutes(_app: FastifyInstance): Promise<void> {}
