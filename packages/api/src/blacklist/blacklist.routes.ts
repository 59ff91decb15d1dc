// Routes of the blacklist: proposal → review → decision → publication → repair → removal, joint-punishment notices.
import type { FastifyInstance } from 'fastify';

export async function blacklistRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
