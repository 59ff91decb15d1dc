// Who hears about a regulator's action on a risk point: the enterprise that owns it, or, for a public place, its
// territory. Drafts only; the caller sends them with notify() in its own transaction.
import type { RiskPointView } from '@hazgov/db/risk/risk-points.repository';
import type { Db } from '@hazgov/db/database';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import type { NotificationDraft } from '../notifications/notify.js';

type Draft = { kind: string; title: string; body: string; dedupeKey: string };

async function territoryOf(db: Db, p: RiskPointView): Promise<{ organisationId: string; path: string }> {
  const t = await findOrganisationById(db, p.territory_id);
  if (!t) throw new Error(`risk point ${p.id}: territory ${p.territory_id} is missing`);
  return { organisationId: t.id, path: t.path };
}

export async function ownerOf(db: Db, p: RiskPointView): Promise<{ organisationId: string; path: string }> {
  if (p.enterprise_id && p.enterprise_organisation_id) return { organisationId: p.enterprise_organisation_id, path: p.path };
  return territoryOf(db, p);
}

const draftTo = (to: { organisationId: string; path: string }, p: RiskPointView, d: Draft): NotificationDraft => ({
  organisationId: to.organisationId, path: to.path, kind: d.kind, title: d.title, body: d.body, link: `/risk/points/${encodeURIComponent(p.id)}`, dedupeKey: `${d.dedupeKey}:${to.organisationId}`,
});

export async function draftForOwner(db: Db, p: RiskPointView, d: Draft): Promise<NotificationDraft> {
  return draftTo(await ownerOf(db, p), p, d);
}

/** The territory's copy (an enterprise's reply goes to the regulators of its town). */
export async function draftForTerritory(db: Db, p: RiskPointView, d: Draft): Promise<NotificationDraft> {
  return draftTo(await territoryOf(db, p), p, d);
}
