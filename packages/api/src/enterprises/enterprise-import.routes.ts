// Import and export of enterprises, units and inventories as .xlsx (docs/api-contract.md § Enterprises, Import/export).
import type { FastifyInstance } from 'fastify';

export async function enterpriseImportRoutes(_app: FastifyInstance): Promise<void> {}
