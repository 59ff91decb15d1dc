// The unit-name directory the normaliser reads, built from the database (organisations and the alias table, so
// an admin's mapping counts at once) plus the phrase rules of data/plans/unit-aliases.json.
import type { Db } from '@hazgov/db/database';
import { listAllOrganisations, type OrganisationRow } from '@hazgov/db/plans/plan-organisations.repository';
import { listAliases } from '@hazgov/db/plans/unit-aliases.repository';
import { buildUnitDirectory, type UnitDirectory } from '@hazgov/domain/plans/unit-normaliser';
import { unitAliasData } from './conghua-reference.js';

/** The marker plan_task_units.group_name carries for rows expanded from 各镇（街、场、园区）. */
export const ALL_TERRITORIES = 'all_territories';

export type LoadedDirectory = {
  directory: UnitDirectory; organisations: Map<string, OrganisationRow>; groupNames: Set<string>;
  /** members an admin gave a group, by the group's name */
  groupMembers: Map<string, string[]>;
};

export async function loadUnitDirectory(db: Db): Promise<LoadedDirectory> {
  const orgs = await listAllOrganisations(db);
  const aliases = await listAliases(db);
  const units: Record<string, string> = {};
  const groups = new Map<string, string[]>();
  for (const a of aliases) {
    if (a.group_name) groups.set(a.group_name, [...(groups.get(a.group_name) ?? []), a.alias]);
    else if (a.organisation_id) units[a.alias] = a.organisation_id;
  }
  const directory = buildUnitDirectory({
    organisations: orgs.filter((o) => o.kind !== 'grid' && o.kind !== 'enterprise').map((o) => ({ key: o.id, name: o.name })),
    aliases: {
      units,
      groups: [...groups].map(([name, list]) => ({ key: name, name, aliases: list })),
      allTerritories: { phrases: unitAliasData.allTerritories.phrases, members: orgs.filter((o) => o.kind === 'territory').map((o) => o.id) },
      predicateMarkers: unitAliasData.predicateMarkers,
      listEndings: unitAliasData.listEndings,
    },
  });
  const groupMembers = new Map<string, string[]>();
  for (const a of aliases) if (a.group_name && a.member_ids.length) groupMembers.set(a.group_name, [...new Set([...(groupMembers.get(a.group_name) ?? []), ...a.member_ids])]);
  return { directory, organisations: new Map(orgs.map((o) => [o.id, o])), groupNames: new Set(groups.keys()), groupMembers };
}
