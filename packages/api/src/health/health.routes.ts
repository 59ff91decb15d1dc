// Liveness and readiness in one: answers only if the database answers.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ping } from '@hazgov/db/database';
import { currentMigration } from '@hazgov/db/migrate';
import { errorResponses } from '../shared/error-mapping.js';

const healthResponse = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), migration: z.string() });

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: { tags: ['platform'], summary: 'Health', response: { 200: healthResponse, ...errorResponses } },
  }, async () => {
    const { db, kind } = app.ctx.database;
    await ping(db);
    return { status: 'ok' as const, database: kind, migration: await currentMigration(db) };
  });
}
