// One attachment's bytes for a user: read in the enterprise scope of its owner's path (outside it: 404, as any read).
import { findAttachmentInScope, readAttachmentContent, type AttachmentRow } from '@hazgov/db/attachments/attachments.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../shared/context.js';

export async function getAttachment(ctx: AppContext, opts: { actor: Actor; id: string }): Promise<{ row: AttachmentRow; content: Buffer }> {
  const db = ctx.database.db;
  const row = await findAttachmentInScope(db, opts.id, enterpriseScopeOf(opts.actor));
  if (!row) throw notFound('attachment');
  const content = await readAttachmentContent(db, row.id);
  if (!content) throw notFound('attachment');
  return { row, content };
}
