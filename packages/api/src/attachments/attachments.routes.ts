// GET /api/attachments/:id: the bytes of a photo or file, scoped by its owner's path (404 outside). The content type
// is the one detected from the bytes at upload (images and PDF only), sent with nosniff, so nothing uploaded is ever
// run as a page.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAttachment } from '@hazgov/app/attachments/get-attachment';
import { inlineFile } from '../major-hazards/major-hazards.presenter.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';

export async function attachmentsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  r.get('/api/attachments/:id', {
    schema: {
      tags: ['attachments'], summary: 'The bytes of a photo or file (inspection photos, rectification evidence) in my jurisdiction',
      params: z.object({ id: z.string().min(1).max(100) }), response: { 200: binaryResponse('application/octet-stream', 'The file'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const { row, content } = await getAttachment(ctx, { actor, id: request.params.id });
    return reply.headers({
      'content-type': row.mime,
      'content-disposition': inlineFile(row.file_name),
      'x-content-type-options': 'nosniff',
      // the bytes of an id never change; private: it is scoped to the signed-in user
      'cache-control': 'private, max-age=86400, immutable',
      etag: `"${row.sha256}"`,
    }).send(content as never);
  });
}
