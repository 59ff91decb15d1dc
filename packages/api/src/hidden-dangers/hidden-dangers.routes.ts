// Routes of hidden dangers (hazard findings): list, statistics, detail, workflow actions, evidence, 挂牌督办.
import type { FastifyInstance } from 'fastify';

export async function hiddenDangersRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
