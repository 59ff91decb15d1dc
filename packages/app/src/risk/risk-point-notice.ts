// Who hears about a regulator's action on a risk point: the enterprise that owns it, or, for a public place, its
// territory. Drafts only; the caller sends them with notify() in its own transaction.
import type { RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import type { Db } from '@hazgov/db/database';
import type { NotificationDraft } from '../notifications/notify.js';

export async function ownerOf(db: Db, p: RiskPointView): Promise<{ organisationId: string; path: string }> {
  if (p.enterprise_id && p.enterprise_organisation_id) return { organisationId: p.enterprise_organisation_id, path: p.path };
  const t = await db.selectFrom('organisations').select('path').where('id', '=', p.territory_id).executeTakeFirstOrThrow();
  return { organisationId: p.territory_id, path: t.path };
}

export async function draftForOwner(db: Db, p: RiskPointView, d: { kind: string; title: string; body: string; dedupeKey: string }): Promise<NotificationDraft> {
  const to = await ownerOf(db, p);
  return { organisationId: to.organisationId, path: to.path, kind: d.kind, title: d.title, body: d.body, link: `/risk/points/${encodeURIComponent(p.id)}`, dedupeKey: `${d.dedupeKey}:${to.organisationId}` };
}
