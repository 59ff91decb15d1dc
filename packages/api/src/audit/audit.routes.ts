// The audit log and its integrity check, for the district office only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditEntries, MAX_AUDIT_PAGE } from '@hazgov/app/audit/list-audit-entries';
import { verifyAudit } from '@hazgov/app/audit/verify-audit';
import type { AuditRow } from '@hazgov/db/audit/audit.repository';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';

const auditEntrySchema = z.object({
  seq: z.number(), at: z.string(), actorId: z.string().nullable(), actorName: z.string(), action: z.string(),
  entity: z.string(), entityId: z.string(), before: z.unknown().nullable(), after: z.unknown().nullable(), hash: z.string(),
});
const auditQuery = z.object({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
});
const verifyResponse = z.object({
  ok: z.boolean(), checked: z.number(), firstBroken: z.object({ seq: z.number(), reason: z.string() }).optional(),
});

function presentAuditRow(row: AuditRow): z.infer<typeof auditEntrySchema> {
  return {
    seq: row.seq, at: row.at, actorId: row.actor_id, actorName: row.actor_name, action: row.action, entity: row.entity,
    entityId: row.entity_id, before: row.before_json ? JSON.parse(row.before_json) : null, after: row.after_json ? JSON.parse(row.after_json) : null,
    hash: row.hash,
  };
}

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    schema: { tags: ['audit'], summary: 'Audit log, newest first (district admin)', querystring: auditQuery, response: { 200: z.object({ items: z.array(auditEntrySchema) }), ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    const rows = await listAuditEntries(app.ctx, { actor, ...request.query });
    return { items: rows.map(presentAuditRow) };
  });

  r.get('/api/audit/verify', {
    schema: { tags: ['audit'], summary: 'Verify the SM3 audit chain (district admin)', response: { 200: verifyResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return verifyAudit(app.ctx, { actor });
  });
}
