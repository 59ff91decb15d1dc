// Routes of enforcement cases: orders to rectify and penalties, their workflow and publication.
import type { FastifyInstance } from 'fastify';

export async function enforcementRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
