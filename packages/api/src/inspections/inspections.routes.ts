// Routes of inspections in the field: the record, offline sync, photos (docs/api-contract.md § issue 5).
import type { FastifyInstance } from 'fastify';

export async function inspectionsRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
