// Routes of checklist templates, inspection settings, inspection plans, 双随机 draws, conflicts of interest (docs/api-contract.md § issue 5).
import type { FastifyInstance } from 'fastify';

export async function inspectionPlansRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
