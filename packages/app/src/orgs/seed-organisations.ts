// Builds the organisation tree from reference data (data/plans/conghua-organisations.json), idempotently: a
// second run changes nothing, a corrected name or a new grid cell is applied in place. Ids are stable and
// readable so plans, users and demo data can name them: the district by its code ('440117'); the committee,
// office and departments 'org-<key>'; territories by their 9-digit 统计用区划代码 (or their key when they have
// none, e.g. 园区管委会); grid cells '<territory id>-g<n>' in the order the data lists them.
import { orgKinds, type OrgKind } from '@hazgov/domain/orgs/roles';
import { childPath } from '@hazgov/domain/orgs/scope';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import type { Db } from '@hazgov/db/database';
import { findOrganisationById, insertOrganisation, updateOrganisation, type OrganisationRow } from '@hazgov/db/orgs/organisations.repository';
import { recordAudit, systemActor, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

/** One entry of conghua-organisations.json (extra fields such as note, fullName, statCode12 are ignored). */
export type OrganisationSeedEntry = {
  key: string;
  kind: string;
  name: string;
  nameEn?: string | null | undefined;
  code?: string | null | undefined;
  parentKey: string | null;
};
export type OrganisationSeed = { organisations: readonly OrganisationSeedEntry[] };

export type OrganisationNode = Pick<OrganisationRow, 'id' | 'parent_id' | 'kind' | 'code' | 'name' | 'name_en' | 'path' | 'sort'> & { key: string };
export type SeedOrganisationsResult = { created: number; updated: number; unchanged: number; ids: Record<string, string> };

/** Resolves the tree: ids, parents and materialised paths, parents always before children. */
export function organisationNodes(seed: OrganisationSeed): OrganisationNode[] {
  const byKey = new Map(seed.organisations.map((e) => [e.key, e]));
  if (byKey.size !== seed.organisations.length) throw invalid('ORGANISATION_SEED_DUPLICATE_KEY');
  const nodes = new Map<string, OrganisationNode>();
  const gridCount = new Map<string, number>();
  const resolve = (entry: OrganisationSeedEntry, trail: readonly string[]): OrganisationNode => {
    const done = nodes.get(entry.key);
    if (done) return done;
    if (trail.includes(entry.key)) throw invalid('ORGANISATION_SEED_CYCLE', [], { key: entry.key });
    if (!(orgKinds as readonly string[]).includes(entry.kind)) throw invalid('ORGANISATION_SEED_KIND', [], { key: entry.key, kind: entry.kind });
    const parentEntry = entry.parentKey === null ? null : byKey.get(entry.parentKey);
    if (parentEntry === undefined) throw invalid('ORGANISATION_SEED_PARENT', [], { key: entry.key, parent: entry.parentKey ?? '' });
    const parent = parentEntry ? resolve(parentEntry, [...trail, entry.key]) : null;
    const id = idOf(entry, parent, gridCount);
    const node: OrganisationNode = {
      key: entry.key, id, parent_id: parent?.id ?? null, kind: entry.kind as OrgKind, code: entry.code ?? null, name: entry.name,
      name_en: entry.nameEn ?? null, path: childPath(parent?.path ?? '/', id), sort: 0,
    };
    nodes.set(entry.key, node);
    return node;
  };
  for (const entry of seed.organisations) resolve(entry, []);
  // sort follows the data's own order (the order the plan lists units), so boards list them as officials expect
  return seed.organisations.map((e, i) => {
    const node = nodes.get(e.key);
    if (!node) throw new AppError('INTERNAL', 'internal');
    node.sort = i;
    return node;
  }).sort((a, b) => a.path.split('/').length - b.path.split('/').length);
}

function idOf(entry: OrganisationSeedEntry, parent: OrganisationNode | null, gridCount: Map<string, number>): string {
  switch (entry.kind) {
    case 'district':
      return entry.code ?? entry.key;
    case 'territory':
      return entry.code && /^\d{9}$/.test(entry.code) ? entry.code : entry.key;
    case 'grid': {
      const parentId = parent?.id ?? entry.key;
      const n = (gridCount.get(parentId) ?? 0) + 1;
      gridCount.set(parentId, n);
      return `${parentId}-g${n}`;
    }
    default:
      return `org-${entry.key}`;
  }
}

export type SeedOrganisationsOptions = { actor?: AuditActor | undefined };

export async function seedOrganisations(ctx: AppContext, data: OrganisationSeed, opts: SeedOrganisationsOptions = {}): Promise<SeedOrganisationsResult> {
  const nodes = organisationNodes(data);
  const actor = opts.actor ?? systemActor('seed');
  const at = ctx.now().toISOString();
  const result: SeedOrganisationsResult = { created: 0, updated: 0, unchanged: 0, ids: Object.fromEntries(nodes.map((n) => [n.key, n.id])) };
  await inTransaction(ctx, async (trx) => {
    for (const node of nodes) result[await upsert(trx, node, at, actor)] += 1;
  });
  return result;
}

async function upsert(trx: Db, node: OrganisationNode, at: string, actor: AuditActor): Promise<'created' | 'updated' | 'unchanged'> {
  const { key: _key, ...row } = node;
  const existing = await findOrganisationById(trx, row.id);
  if (!existing) {
    await insertOrganisation(trx, { ...row, created_at: at });
    await recordAudit(trx, { actor, action: 'organisation.create', entity: 'organisation', entityId: row.id, after: row, at });
    return 'created';
  }
  const before = { id: existing.id, parent_id: existing.parent_id, kind: existing.kind, code: existing.code, name: existing.name, name_en: existing.name_en, path: existing.path, sort: existing.sort };
  if (JSON.stringify(before) === JSON.stringify(row)) return 'unchanged';
  await updateOrganisation(trx, row.id, row);
  await recordAudit(trx, { actor, action: 'organisation.update', entity: 'organisation', entityId: row.id, before, after: row, at });
  return 'updated';
}
