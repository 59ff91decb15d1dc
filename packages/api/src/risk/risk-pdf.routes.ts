// Routes of the printed risk documents (docs/api-contract.md § Risk points, area risk, the map): an enterprise's
// 安全风险公告栏 and the 岗位安全风险告知卡 of a point's posts, as PDFs with Chinese fonts embedded. The QR codes open
// `<publicUrl>/risk/points/<id>`: HAZGOV_PUBLIC_URL when configured, else the origin the request came to (which is
// right on a LAN and behind a proxy with TRUST_PROXY; a server reached as 127.0.0.1 should set the variable).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getNoticeBoard, type PrintedFile } from '@hazgov/app/risk/get-notice-board';
import { getPostCards } from '@hazgov/app/risk/get-post-cards';
import { inlineFile } from '../major-hazards/major-hazards.presenter.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';

const PDF = 'application/pdf';
const id = z.string().min(1).max(100);

export type RiskPdfOptions = { publicUrl?: string | undefined };

export async function riskPdfRoutes(app: FastifyInstance, opts: RiskPdfOptions = {}): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['risk'];
  const publicUrlOf = (request: FastifyRequest): string => opts.publicUrl ?? `${request.protocol}://${request.host}`;
  const send = (file: PrintedFile) => ({
    'content-type': PDF,
    'content-disposition': inlineFile(file.fileName),
    // Characters no installed font could draw are printed as □ and listed in the PDF; the header tells a client too.
    ...(file.missingChars.length > 0 ? { 'x-hazgov-missing-glyphs': file.missingChars.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(' ') } : {}),
  });

  r.get('/api/risk/enterprises/:enterpriseId/notice-board.pdf', {
    schema: {
      tags, summary: "The enterprise's risk notice board (安全风险公告栏), A3 landscape: every risk point worst first with a QR code to its record",
      params: z.object({ enterpriseId: id }), response: { 200: binaryResponse(PDF, 'The notice board'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const file = await getNoticeBoard(ctx, { actor, enterpriseId: request.params.enterpriseId, publicUrl: publicUrlOf(request) });
    return reply.headers(send(file)).send(file.pdf as never); // a Buffer bypasses the serializer
  });

  r.get('/api/risk/points/:id/card.pdf', {
    schema: {
      tags, summary: 'The post risk cards (岗位安全风险告知卡, 明白卡) of the point\'s posts, one A4 page each; `post` prints one',
      params: z.object({ id }), querystring: z.object({ post: z.string().max(200).optional() }),
      response: { 200: binaryResponse(PDF, 'The cards'), ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request);
    const file = await getPostCards(ctx, { actor, pointId: request.params.id, post: request.query.post, publicUrl: publicUrlOf(request) });
    return reply.headers(send(file)).send(file.pdf as never);
  });
}
