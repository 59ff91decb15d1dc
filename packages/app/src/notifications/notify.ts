// Builds inbox rows for organisations and inserts the new ones (dedupe_key keeps every sender idempotent).
// Called inside the caller's transaction; the caller records the audit entry for the action that notified.
import crypto from 'node:crypto';
import type { Db } from '@hazgov/db/database';
import { insertNewNotifications } from '@hazgov/db/notifications/notifications.repository';

export type NotificationDraft = {
  organisationId: string;
  path: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  dedupeKey: string;
};

export async function notify(db: Db, drafts: readonly NotificationDraft[], createdAt: string): Promise<number> {
  const rows = drafts.map((d) => ({
    id: crypto.randomUUID(),
    organisation_id: d.organisationId,
    path: d.path,
    kind: d.kind,
    title: d.title,
    body: d.body,
    link: d.link ?? null,
    dedupe_key: d.dedupeKey,
    created_at: createdAt,
    read_at: null,
  }));
  const inserted = await insertNewNotifications(db, rows);
  return inserted.length;
}
