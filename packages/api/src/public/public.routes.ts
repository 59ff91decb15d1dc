// The public portal's feeds: no login, only published records, only fields flagged public.
import type { FastifyInstance } from 'fastify';

export async function publicRoutes(app: FastifyInstance): Promise<void> {
  void app; // routes arrive with their helper (docs/api-contract.md § issue 5)
}
