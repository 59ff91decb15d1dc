// The daily risk snapshot: per territory, its points by level, out of control and with a late review. The dashboard's
// trend reads them (risk-dashboard.repository.ts). One grouped query counts every territory at once.
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { RiskSnapshotTable } from '../schema.js';

export type RiskSnapshotRow = Selectable<RiskSnapshotTable>;

/** One row per territory (zeros included) counting the points it holds today. */
export async function countSnapshotRows(db: Db, takenOn: string, today: string): Promise<RiskSnapshotRow[]> {
  const [territories, counts] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'path']).where('kind', '=', 'territory').orderBy('path').execute(),
    db.selectFrom('risk_points as rp')
      .select([
        'rp.territory_id',
        sql<number>`sum(case when rp.level = 'red' then 1 else 0 end)`.as('red'),
        sql<number>`sum(case when rp.level = 'orange' then 1 else 0 end)`.as('orange'),
        sql<number>`sum(case when rp.level = 'yellow' then 1 else 0 end)`.as('yellow'),
        sql<number>`sum(case when rp.level = 'blue' then 1 else 0 end)`.as('blue'),
        sql<number>`sum(case when rp.status = 'out_of_control' then 1 else 0 end)`.as('ooc'),
        sql<number>`sum(case when rp.next_review_on < ${today} then 1 else 0 end)`.as('late'),
      ])
      .groupBy('rp.territory_id')
      .execute(),
  ]);
  const byId = new Map(counts.map((c) => [c.territory_id, c]));
  return territories.map((t) => {
    const c = byId.get(t.id);
    return {
      taken_on: takenOn, territory_id: t.id, path: t.path, red: Number(c?.red ?? 0), orange: Number(c?.orange ?? 0), yellow: Number(c?.yellow ?? 0),
      blue: Number(c?.blue ?? 0), out_of_control: Number(c?.ooc ?? 0), review_late: Number(c?.late ?? 0),
    };
  });
}

/** Replaces the day's snapshot (a second run the same day overwrites it). */
export async function replaceSnapshot(db: Db, takenOn: string, rows: readonly RiskSnapshotRow[]): Promise<void> {
  await db.deleteFrom('risk_snapshots').where('taken_on', '=', takenOn).execute();
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('risk_snapshots').values(rows.slice(i, i + 200)).execute();
}
