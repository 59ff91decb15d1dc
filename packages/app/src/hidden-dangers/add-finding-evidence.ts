// Evidence of a finding (POST /api/hidden-dangers/:id/evidence): the enterprise's rectification photos and files while
// it rectifies, the regulator's verification photos while the finding awaits verification. Stored (and audited under
// the finding) by storeAttachment in one transaction; image or PDF, ≤ 8 MB, type from the bytes.
import { forbidden, AppError } from '@hazgov/domain/shared/app-error';
import type { FindingStatus } from '@hazgov/domain/hidden-dangers/types';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { storeAttachment, type StoredAttachment } from '../attachments/store-attachment.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireFindingInScope, sidesOn } from './finding-access.js';

export type EvidenceKind = 'rectification' | 'verification';

const rules: Record<EvidenceKind, { side: 'enterprise' | 'regulator'; statuses: readonly FindingStatus[] }> = {
  rectification: { side: 'enterprise', statuses: ['open', 'rectifying'] },
  verification: { side: 'regulator', statuses: ['awaiting_verification'] },
};

export async function addFindingEvidence(
  ctx: AppContext,
  opts: { actor: Actor; findingId: string; kind: EvidenceKind; fileName: string; bytes: Buffer; takenAt?: string | null },
): Promise<StoredAttachment> {
  return inTransaction(ctx, async (trx) => {
    const f = await requireFindingInScope(trx, opts.actor, opts.findingId);
    const rule = rules[opts.kind];
    if (!sidesOn(opts.actor, f).includes(rule.side)) throw forbidden();
    if (!rule.statuses.includes(f.status as FindingStatus)) {
      throw new AppError('FINDING_EVIDENCE_NOT_NOW', 'conflict', { status: f.status, kind: opts.kind });
    }
    return storeAttachment(trx, ctx, {
      actor: opts.actor, ownerKind: opts.kind, ownerId: f.id, path: f.path, fileName: opts.fileName, bytes: opts.bytes,
      takenAt: opts.takenAt ?? null, allow: 'image_or_pdf',
    });
  });
}
