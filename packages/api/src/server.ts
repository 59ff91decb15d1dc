// Assembles the HTTP server: one process serves the JSON API under /api and the built web app from
// packages/web/dist. Order matters: cookie parsing, then the auth hook (which reads cookies), then swagger and
// rate limiting (both watch routes as they are added), then the route modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '@hazgov/app/shared/context';
import type { Config } from './config.js';
import { registerAuth } from './auth/auth.plugin.js';
import { authRoutes } from './auth/auth.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { orgsRoutes } from './orgs/orgs.routes.js';
import { plansRoutes } from './plans/plans.routes.js';
import { chemicalsRoutes } from './chemicals/chemicals.routes.js';
import { enterprisesRoutes } from './enterprises/enterprises.routes.js';
import { enterpriseImportRoutes } from './enterprises/enterprise-import.routes.js';
import { majorHazardsRoutes } from './major-hazards/major-hazards.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { riskRoutes } from './risk/risk.routes.js';
import { riskAreasRoutes } from './risk/risk-areas.routes.js';
import { riskPdfRoutes } from './risk/risk-pdf.routes.js';
import { mapRoutes } from './map/map.routes.js';
import { createTileCsp } from './map/tile-csp.js';
import { inspectionPlansRoutes } from './inspections/inspection-plans.routes.js';
import { inspectionsRoutes } from './inspections/inspections.routes.js';
import { attachmentsRoutes } from './attachments/attachments.routes.js';
import { hiddenDangersRoutes } from './hidden-dangers/hidden-dangers.routes.js';
import { enforcementRoutes } from './enforcement/enforcement.routes.js';
import { blacklistRoutes } from './blacklist/blacklist.routes.js';
import { publicRoutes } from './public/public.routes.js';
import { installErrorHandling } from './shared/error-mapping.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const defaultWebDist = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export type BuildServerOptions = {
  ctx: AppContext;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Sees every route as it is registered (the isolation test uses it to prove every route is covered). */
  onRoute?: (route: RouteOptions) => void;
};

export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const { ctx, config } = opts;
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: config.trustProxy, bodyLimit: 1024 * 1024 });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);
  app.decorate('sessionIdleMinutes', config.sessionIdleMinutes);
  installErrorHandling(app);

  const tileCsp = createTileCsp();
  await tileCsp.load(ctx.database.db);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd (CSS-in-JS) injects <style> elements at run time
        imgSrc: ["'self'", 'data:', 'blob:', () => tileCsp.imgSrc()], // + the tile server's origin when an admin enabled tiles
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // no upgrade-insecure-requests: an intranet deployment on plain HTTP would otherwise break its own assets
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false, // HSTS belongs to the TLS-terminating proxy, which knows whether HTTPS is really in place
  });
  await app.register(cookie, { secret: config.sessionSecret });
  registerAuth(app);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 5, fields: 50, fieldSize: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'HazGov', description: '危险化学品安全综合治理平台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hazgov_session' }, csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes);
  await app.register(authRoutes, { loginRateLimitPerMinute: config.loginRateLimitPerMinute });
  await app.register(orgsRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(plansRoutes);
  await app.register(enterpriseImportRoutes); // before enterprisesRoutes: /api/enterprises/import… are static paths
  await app.register(enterprisesRoutes);
  await app.register(majorHazardsRoutes);
  await app.register(chemicalsRoutes);
  await app.register(riskAreasRoutes); // before riskRoutes: /api/risk/settings, /areas, /dashboard are static paths
  await app.register(riskPdfRoutes, { publicUrl: config.publicUrl });
  await app.register(riskRoutes);
  await app.register(mapRoutes, { tileCsp });
  await app.register(inspectionPlansRoutes); // before inspectionsRoutes: /api/inspections/templates, /plans … are static paths
  await app.register(inspectionsRoutes);
  await app.register(attachmentsRoutes);
  await app.register(hiddenDangersRoutes);
  await app.register(enforcementRoutes);
  await app.register(blacklistRoutes);
  await app.register(publicRoutes); // /public/*.json and .rss: no session; before the web app's catch-all

  await registerWebApp(app, config.webDist ?? defaultWebDist);
  return app;
}

async function registerWebApp(app: FastifyInstance, dist: string): Promise<void> {
  const built = fs.existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      cacheControl: false, // set below, per file
      setHeaders: (res, file) => {
        // Vite puts content-hashed files under assets/: cache them forever; index.html must always be revalidated.
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('HazGov API is running. The web app is not built: run `npm run build`, then restart. API docs: /api/docs\n'));
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (isApi || (request.method !== 'GET' && request.method !== 'HEAD')) throw new AppError('ROUTE_NOT_FOUND', 'not_found');
    if (!built) return reply.code(404).type('text/plain; charset=utf-8').send('Not found. The web app is not built: run `npm run build`.\n');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html'); // SPA route: the client router decides
  });
}
