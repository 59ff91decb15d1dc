// Publishing a draw inserts one `planned` inspection per drawn enterprise (its path, territory and the checklist of its
// type), assigned to the drawn inspectors; the field use cases (H2) take them from there.
import type { Insertable } from 'kysely';
import type { Db } from '../database.js';
import type { InspectionTable } from '../schema.js';

export type InspectedEnterpriseRow = { id: string; name: string; path: string; territory_id: string; activities: string; industry: string | null };

export async function findEnterprisesForInspection(db: Db, ids: readonly string[]): Promise<InspectedEnterpriseRow[]> {
  const out: InspectedEnterpriseRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(...await db.selectFrom('enterprises').select(['id', 'name', 'path', 'territory_id', 'activities', 'industry']).where('id', 'in', ids.slice(i, i + 500)).execute());
  }
  return out;
}

export async function insertPlannedInspections(db: Db, rows: Insertable<InspectionTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('inspections').values(rows.slice(i, i + 200)).execute();
}

/** Results of the inspections a published draw created (the portal shows them once submitted). */
export async function inspectionsOfDraws(db: Db, drawIds: readonly string[]): Promise<{ draw_id: string; enterprise_id: string; status: string; submitted_at: string | null; fail_count: number }[]> {
  if (drawIds.length === 0) return [];
  const rows = await db.selectFrom('inspections as i')
    .select((eb) => ['i.draw_id', 'i.enterprise_id', 'i.status', 'i.submitted_at',
      eb.selectFrom('inspection_results as r').whereRef('r.inspection_id', '=', 'i.id').where('r.outcome', '=', 'fail')
        .select((e) => e.fn.countAll<string | number>().as('n')).as('fail_count')])
    .where('i.draw_id', 'in', [...drawIds]).orderBy('i.draw_id').orderBy('i.enterprise_id').execute();
  return rows.map((r) => ({ draw_id: r.draw_id!, enterprise_id: r.enterprise_id, status: r.status, submitted_at: r.submitted_at, fail_count: Number(r.fail_count ?? 0) }));
}
