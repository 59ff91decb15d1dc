// GET /api/attachments/:id: the bytes of a photo or file, scoped by its owner's path.
import type { FastifyInstance } from 'fastify';

export async function attachmentsRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
