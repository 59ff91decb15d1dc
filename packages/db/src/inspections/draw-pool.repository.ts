// What a 双随机 draw reads: the candidate enterprises (operating, in the plan's jurisdiction and territories) with the
// level of their territory's area risk and their worst risk point, and the inspectors of the district.
import { sql } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { riskLevels, type RiskLevel } from '@hazgov/domain/risk/types';
import type { Db } from '../database.js';
import { scoped } from '../shared/scope.js';
import { levelRankSql } from '../risk/level-rank-sql.js';

export type DrawCandidateRow = { id: string; name: string; territory_id: string; territory_name: string; area_level: RiskLevel | null; worst_level: RiskLevel | null };

export async function listDrawCandidates(db: Db, scope: Scope, territoryIds: readonly string[]): Promise<DrawCandidateRow[]> {
  let q = db.selectFrom('enterprises as e')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .leftJoin('area_risk as a', 'a.organisation_id', 'e.territory_id')
    .select(['e.id', 'e.name', 'e.territory_id', 't.name as territory_name', 'a.level as area_level'])
    .select((eb) => eb.selectFrom('risk_points as r').whereRef('r.enterprise_id', '=', 'e.id')
      .select(sql<number>`min(${levelRankSql('r.level')})`.as('rank')).as('worst_rank'))
    .where('e.status', '=', 'operating')
    .where((eb) => scoped(eb, 'e.path', scope));
  if (territoryIds.length > 0) q = q.where('e.territory_id', 'in', [...territoryIds]);
  const rows = await q.orderBy('e.id').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, territory_id: r.territory_id, territory_name: r.territory_name,
    area_level: (riskLevels as readonly string[]).includes(r.area_level ?? '') ? (r.area_level as RiskLevel) : null,
    worst_level: r.worst_rank == null ? null : riskLevels[Number(r.worst_rank) - 1] ?? null,
  }));
}

export type InspectorRow = { id: string; display_name: string; organisation_id: string; organisation_name: string };

/** Active users with the inspector role whose organisation lies under the given path (the district). */
export async function listInspectorsUnder(db: Db, path: string): Promise<InspectorRow[]> {
  return db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name as organisation_name'])
    .where('u.role', '=', 'inspector').where('u.active', '=', 1)
    .where((eb) => scoped(eb, 'o.path', { paths: [path], all: path === '/' }))
    .orderBy('u.id').execute();
}

/** Names for a stored draw's ids (the pools keep ids only: names may change, the draw may not). */
export async function enterpriseLabels(db: Db, ids: readonly string[]): Promise<{ id: string; name: string; territory_id: string; territory_name: string }[]> {
  const out: { id: string; name: string; territory_id: string; territory_name: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(...await db.selectFrom('enterprises as e').innerJoin('organisations as t', 't.id', 'e.territory_id')
      .select(['e.id', 'e.name', 'e.territory_id', 't.name as territory_name']).where('e.id', 'in', ids.slice(i, i + 500)).execute());
  }
  return out;
}

