// The alias table for the district office, with what still waits for a decision: names no alias matched and
// groups (区各有关单位) not yet resolved to units, each with how many plan task units it holds up.
import type { Actor } from '@hazgov/domain/orgs/scope';
import { listUnresolvedTaskUnits } from '@hazgov/db/plans/plans.repository';
import { listAliases, type UnitAliasListRow } from '@hazgov/db/plans/unit-aliases.repository';
import type { AppContext } from '../shared/context.js';
import { requireDistrictAdmin } from './plan-access.js';

export type UnresolvedName = { rawName: string; group: string | null; taskUnits: number };
export type UnitAliasOverview = { aliases: (UnitAliasListRow & { pending: number })[]; unresolved: UnresolvedName[] };

export async function listUnitAliases(ctx: AppContext, opts: { actor: Actor }): Promise<UnitAliasOverview> {
  requireDistrictAdmin(opts.actor);
  const db = ctx.database.db;
  const [aliases, pending] = await Promise.all([listAliases(db), listUnresolvedTaskUnits(db)]);
  const byName = new Map<string, UnresolvedName>();
  for (const p of pending) {
    const name = p.group_name ?? p.raw_name;
    const e = byName.get(name) ?? { rawName: name, group: p.group_name, taskUnits: 0 };
    e.taskUnits += 1;
    byName.set(name, e);
  }
  return {
    aliases: aliases.map((a) => ({ ...a, pending: byName.get(a.group_name ?? a.alias)?.taskUnits ?? 0 })),
    unresolved: [...byName.values()].sort((a, b) => b.taskUnits - a.taskUnits || a.rawName.localeCompare(b.rawName, 'zh-CN')),
  };
}
