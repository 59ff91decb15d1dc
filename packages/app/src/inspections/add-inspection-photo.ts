// A photo of an inspection (or of one of its items), taken on the phone. Its inspectors may still add photos after
// the record is submitted: the phone's queue may deliver a photo after the submission it was taken for, and a photo
// changes no result. The same bytes for the same item twice (a retried upload) answer the first copy.
import { listAttachmentsOf, type AttachmentRow } from '@hazgov/db/attachments/attachments.repository';
import { listChecklistItems } from '@hazgov/db/inspections/checklist-templates.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';
import crypto from 'node:crypto';
import { storeAttachment, type StoredAttachment } from '../attachments/store-attachment.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { requireRecordable } from './inspection-access.js';

export type InspectionPhotoInput = { itemId?: string | null | undefined; takenAt?: string | null | undefined; fileName: string; bytes: Buffer };

export async function addInspectionPhoto(ctx: AppContext, opts: { actor: Actor; inspectionId: string; input: InspectionPhotoInput }): Promise<AttachmentRow | StoredAttachment> {
  const { actor, input } = opts;
  return inTransaction(ctx, async (trx) => {
    const insp = await requireRecordable(trx, actor, opts.inspectionId, { allowSubmitted: true });
    const itemId = input.itemId?.trim() || null;
    if (itemId && !(await listChecklistItems(trx, insp.template_id)).some((i) => i.id === itemId)) {
      throw invalid('INSPECTION_ITEM_UNKNOWN', [{ field: 'itemId', code: 'INSPECTION_ITEM_UNKNOWN', params: { value: itemId } }], { value: itemId });
    }
    const ownerKind = itemId ? 'inspection_result' : 'inspection';
    const sha = crypto.createHash('sha256').update(input.bytes).digest('hex');
    const same = (await listAttachmentsOf(trx, ownerKind, [insp.id])).find((a) => a.sha256 === sha && a.item_id === itemId);
    if (same) return same;
    return storeAttachment(trx, ctx, {
      actor, ownerKind, ownerId: insp.id, path: insp.path, itemId, fileName: input.fileName, bytes: input.bytes, takenAt: input.takenAt ?? null, allow: 'image',
    });
  });
}
