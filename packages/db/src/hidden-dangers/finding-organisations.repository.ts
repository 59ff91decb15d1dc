// The organisations a finding's escalation and notices go to: its territory, the department that found it (else the
// district's work-safety bureau) and the district office (区安委办). Queries only.
import type { Db } from '../database.js';
import type { OrgRef } from '../orgs/organisations.repository.js';

/** The district office (kind office) of a district path, and the work-safety bureau: `org-safety-bureau` as the
 * organisation tree names it, else the district's first department. */
export async function districtBodies(db: Db, districtPath: string): Promise<{ office: OrgRef | null; bureau: OrgRef | null }> {
  const inDistrict = () => db.selectFrom('organisations').select(['id', 'path', 'name']).where('path', 'like', `${districtPath}%`);
  const office = await inDistrict().where('kind', '=', 'office').orderBy('path').executeTakeFirst();
  const bureau = (await inDistrict().where('id', '=', 'org-safety-bureau').executeTakeFirst())
    ?? (await inDistrict().where('kind', '=', 'department').orderBy('sort').orderBy('id').executeTakeFirst());
  return { office: office ?? null, bureau: bureau ?? null };
}

export type EnterpriseForFinding = { id: string; name: string; path: string; territory_id: string; grid_id: string | null; industry: string | null; organisation_id: string };

export async function enterprisesForFindings(db: Db, ids: readonly string[]): Promise<Map<string, EnterpriseForFinding>> {
  const out = new Map<string, EnterpriseForFinding>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('enterprises').select(['id', 'name', 'path', 'territory_id', 'grid_id', 'industry', 'organisation_id']).where('id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}
