// The Conghua reference data (data/plans/*.json) in the shapes the use cases take: the organisation list as the
// platform's OrganisationSeed, the key → id map the alias table needs (ids by seed-organisations' own rule),
// and the plan itself.
import organisationsData from '../../../../data/plans/conghua-organisations.json';
import aliasesData from '../../../../data/plans/unit-aliases.json';
import planData from '../../../../data/plans/conghua-2017.json';
import { organisationNodes, type OrganisationSeed } from '../orgs/seed-organisations.js';
import type { PlanData } from './plan-data.js';

export const conghuaPlanData: PlanData = planData as unknown as PlanData;
export const unitAliasData = aliasesData;
export const conghuaOrganisationData: OrganisationSeed = organisationsData as unknown as OrganisationSeed;

export function conghuaOrganisationIds(): { idOfKey: Map<string, string>; fullNames: Map<string, string> } {
  const idOfKey = new Map(organisationNodes(conghuaOrganisationData).map((n) => [n.key, n.id]));
  const fullNames = new Map<string, string>();
  for (const o of organisationsData.organisations as { key: string; fullName?: string }[]) {
    const id = idOfKey.get(o.key);
    if (o.fullName && id) fullNames.set(o.fullName, id);
  }
  return { idOfKey, fullNames };
}
