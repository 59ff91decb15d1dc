// Routes of risk settings, area risk and dashboard (H2). (Slot registered in server.ts; filled by its owner.)
import type { FastifyInstance } from 'fastify';

export async function riskAreasRoutes(_app: FastifyInstance): Promise<void> {}
