// Routes of the map (H3). (Slot registered in server.ts; filled by its owner.)
import type { FastifyInstance } from 'fastify';

export async function mapRoutes(_app: FastifyInstance): Promise<void> {}
