// Routes of risk notice board and post cards (H4). (Slot registered in server.ts; filled by its owner.)
import type { FastifyInstance } from 'fastify';

export async function riskPdfRoutes(_app: FastifyInstance): Promise<void> {}
