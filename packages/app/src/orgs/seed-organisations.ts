// Builds the organisation tree from reference data, idempotently: a second run changes nothing, a corrected
// name or a new grid cell is applied in place. Ids are stable and readable so plans, users and demo data can
// name them: the district by its code ('440117'), the committee, office and departments 'org-<key>',
// territories by their 9-digit 统计用区划代码 (or key when there is none), grid cells '<territory>-g<n>'.
import { childPath } from '@hazgov/domain/orgs/scope';
import type { OrgKind } from '@hazgov/domain/orgs/roles';
import { findOrganisationById, insertOrganisation, updateOrganisation, type OrganisationRow } from '@hazgov/db/orgs/organisations.repository';
import type { Db } from '@hazgov/db/database';
import { recordAudit, systemActor, type AuditActor } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';

export type SeedUnit = { key: string; name: string; nameEn?: string | null | undefined; code?: string | null | undefined };
export type SeedTerritory = SeedUnit & { kind?: string | undefined; grids?: readonly SeedUnit[] | undefined };
export type OrganisationSeed = {
  district: { code: string; name: string; nameEn?: string | null | undefined };
  committee?: SeedUnit | undefined;
  office?: SeedUnit | undefined;
  departments: readonly SeedUnit[];
  territories: readonly SeedTerritory[];
};

export type SeedOrganisationsResult = { created: number; updated: number; unchanged: number; ids: Record<string, string> };

type Node = Pick<OrganisationRow, 'id' | 'parent_id' | 'kind' | 'code' | 'name' | 'name_en' | 'path' | 'sort'>;

export const orgIdOfKey = (key: string): string => `org-${key}`;
export const territoryIdOf = (t: SeedUnit): string => (t.code && /^\d{9}$/.test(t.code) ? t.code : t.key);
export const gridIdOf = (territoryId: string, n: number): string => `${territoryId}-g${n}`;

export function organisationNodes(seed: OrganisationSeed): Node[] {
  const nodes: Node[] = [];
  const add = (id: string, parent: Node | null, kind: OrgKind, unit: { name: string; nameEn?: string | null | undefined; code?: string | null | undefined }): Node => {
    const node: Node = {
      id, parent_id: parent?.id ?? null, kind, code: unit.code ?? null, name: unit.name, name_en: unit.nameEn ?? null,
      path: childPath(parent?.path ?? '/', id), sort: nodes.length,
    };
    nodes.push(node);
    return node;
  };
  const district = add(seed.district.code, null, 'district', seed.district);
  const committee = seed.committee ? add(orgIdOfKey(seed.committee.key), district, 'committee', seed.committee) : null;
  if (seed.office) add(orgIdOfKey(seed.office.key), committee ?? district, 'office', seed.office);
  for (const d of seed.departments) add(orgIdOfKey(d.key), district, 'department', d);
  for (const t of seed.territories) {
    const territory = add(territoryIdOf(t), district, 'territory', t);
    (t.grids ?? []).forEach((g, i) => add(gridIdOf(territory.id, i + 1), territory, 'grid', g));
  }
  return nodes;
}

export type SeedOrganisationsOptions = { actor?: AuditActor | undefined };

export async function seedOrganisations(ctx: AppContext, data: OrganisationSeed, opts: SeedOrganisationsOptions = {}): Promise<SeedOrganisationsResult> {
  const nodes = organisationNodes(data);
  const actor = opts.actor ?? systemActor('seed');
  const at = ctx.now().toISOString();
  const result: SeedOrganisationsResult = { created: 0, updated: 0, unchanged: 0, ids: {} };
  await inTransaction(ctx, async (trx) => {
    for (const node of nodes) {
      const outcome = await upsert(trx, node, at, actor);
      result[outcome] += 1;
    }
  });
  for (const n of nodes) result.ids[n.name] = n.id;
  return result;
}

async function upsert(trx: Db, node: Node, at: string, actor: AuditActor): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await findOrganisationById(trx, node.id);
  if (!existing) {
    await insertOrganisation(trx, { ...node, created_at: at });
    await recordAudit(trx, { actor, action: 'organisation.create', entity: 'organisation', entityId: node.id, after: node, at });
    return 'created';
  }
  const before: Node = { id: existing.id, parent_id: existing.parent_id, kind: existing.kind, code: existing.code, name: existing.name, name_en: existing.name_en, path: existing.path, sort: existing.sort };
  if (JSON.stringify(before) === JSON.stringify(node)) return 'unchanged';
  await updateOrganisation(trx, node.id, node);
  await recordAudit(trx, { actor, action: 'organisation.update', entity: 'organisation', entityId: node.id, before, after: node, at });
  return 'updated';
}
