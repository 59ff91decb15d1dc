// The district office's quarterly roll-up (汇总表) as .xlsx or .docx: per unit what it owed, sent on time, late or
// not at all; per task item how many units reported and the average progress. SQL aggregates only.
import type { Actor, Scope } from '@hazgov/domain/orgs/scope';
import { invalid } from '@hazgov/domain/shared/app-error';
import { countReportsByUnitQuarter, taskQuarterStats } from '@hazgov/db/plans/progress-reports.repository';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from './china-date.js';
import { loadCellFacts } from './cell-facts.js';
import { writeRollupDocx, writeRollupXlsx, type RollupTask, type RollupUnit } from './office/write-rollup.js';
import { DOCX, XLSX, type OfficeExport } from './export-unit-report.js';
import { requireDistrictAdmin } from './plan-access.js';
import { groupBy } from './plan-snapshot.js';
import { openPlanView } from './plan-view-context.js';
import { taskStatus } from './task-status-of.js';

export async function exportRollup(
  ctx: AppContext,
  opts: { actor: Actor; scope: Scope; planId: string; year: number; quarter: number; format: 'xlsx' | 'docx' },
): Promise<OfficeExport> {
  requireDistrictAdmin(opts.actor);
  const view = await openPlanView(ctx, opts);
  const { db, snapshot } = view;
  const quarter = snapshot.quarters.find((q) => q.year === opts.year && q.quarter === opts.quarter);
  if (!quarter) throw invalid('PLAN_QUARTER_OUT_OF_RANGE', [{ field: 'quarter', code: 'PLAN_QUARTER_OUT_OF_RANGE' }], { year: opts.year, quarter: opts.quarter });
  const today = chinaDateOf(ctx.now());
  const asOf = today;
  const [unitCounts, taskStats, facts] = await Promise.all([
    countReportsByUnitQuarter(db, { planId: snapshot.plan.id, asOf, scope: opts.scope, year: opts.year }),
    taskQuarterStats(db, { planId: snapshot.plan.id, year: opts.year, quarter: opts.quarter, asOf, scope: opts.scope }),
    loadCellFacts(db, snapshot, { asOf, scope: opts.scope, cells: snapshot.cells }),
  ]);
  const counts = new Map(unitCounts.filter((r) => r.quarter === opts.quarter).map((r) => [r.organisation_id, r]));
  const units: RollupUnit[] = [...snapshot.cellsByUnit.entries()].map(([unitId, cells]) => {
    const c = counts.get(unitId);
    const expected = cells.length;
    const submitted = Math.min(expected, c?.counted ?? 0);
    const late = Math.min(submitted, c?.late ?? 0);
    return { unitName: cells[0]?.unitName ?? unitId, expected, submitted, onTime: submitted - late, late, missing: quarter.dueOn < asOf ? expected - submitted : 0, sort: cells[0]?.unitSort ?? 0 };
  }).sort((a, b) => a.sort - b.sort).map(({ sort: _sort, ...u }) => u);
  const stats = new Map(taskStats.map((s) => [s.task_id, s]));
  const factsByTask = groupBy([...facts.values()], (f) => f.cell.taskId);
  const tasks: RollupTask[] = snapshot.tasks.map((t) => {
    const s = stats.get(t.id);
    const cells = snapshot.cellsByTask.get(t.id) ?? [];
    return {
      taskNo: t.task_no, itemNo: t.item_no, title: t.title, units: cells.length, reported: Math.min(cells.length, s?.reported ?? 0),
      avgProgress: Math.round(s?.avg_progress ?? 0), status: taskStatus((factsByTask.get(t.id) ?? []).map((f) => f.status)),
    };
  });
  const input = { planTitle: snapshot.plan.title, year: opts.year, quarter: opts.quarter, asOf, units, tasks };
  const buffer = opts.format === 'xlsx' ? await writeRollupXlsx(input) : await writeRollupDocx(input);
  return { buffer, fileName: `${opts.year}年第${opts.quarter}季度工作进展汇总表.${opts.format}`, contentType: opts.format === 'xlsx' ? XLSX : DOCX };
}
