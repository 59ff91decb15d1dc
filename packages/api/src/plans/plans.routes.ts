// Placeholder until the plans context lands its routes (the plans engineer overwrites this file).
// Conventions of the server: routes are registered with full paths ('/api/plans/...'), the use cases' context
// is app.ctx, requireActor(request) from ../shared/request.js, errorResponses from ../shared/error-mapping.js.
import type { FastifyInstance } from 'fastify';

export async function plansRoutes(_app: FastifyInstance): Promise<void> {}
