// The baseline: a bare Fastify server whose single route sends the same bytes (and content type) as the endpoint
// under test. The ratio real / bare says how much of the ceiling the application's work costs.
import Fastify, { type FastifyInstance } from 'fastify';

export async function startBareServer(body: Buffer, contentType: string): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false });
  app.get('/bare', async (_request, reply) => reply.type(contentType).send(body));
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `${address}/bare` };
}
