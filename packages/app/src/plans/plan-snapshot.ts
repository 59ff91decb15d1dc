// Everything about a plan's structure that the board, task, unit and dashboard views, the scheduler and the
// assessment share: tasks, who owes what, milestones and the reporting quarters. Loaded with a handful of
// queries; reports themselves are never loaded here (they are aggregated in SQL by the callers).
import type { Db } from '@hazgov/db/database';
import {
  listEvents, listMilestones, listPhases, listSubmissionKinds, listTaskUnits, listTasks,
  type PlanEventRow, type PlanPhaseRow, type PlanRow, type PlanSubmissionKindRow, type PlanTaskRow, type TaskUnitWithOrg,
} from '@hazgov/db/plans/plans.repository';
import { reportingQuarters, type DueOf, type ReportingQuarter } from './reporting-schedule.js';
import { ALL_TERRITORIES } from './unit-directory.js';

export type OwedCell = {
  /** position in snapshot.cells: views index per-cell facts by it instead of by string keys */
  index: number;
  taskId: string;
  unitId: string;
  role: 'lead' | 'responsible';
  unitName: string;
  unitNameEn: string | null;
  unitKind: string;
  unitPath: string;
  unitSort: number;
  /** the unit was named through a territorial group (各镇（街、场、园区）): its grid cells may report too */
  viaTerritoryGroup: boolean;
};

export type SnapshotMilestone = {
  id: string; taskId: string; kind: string; label: string; startsOn: string | null; dueOn: string | null; sort: number;
  eventId: string | null; eventName: string | null; eventOccurredOn: string | null;
};

export type PlanSnapshot = {
  plan: PlanRow;
  phases: PlanPhaseRow[];
  submissionKinds: PlanSubmissionKindRow[];
  tasks: PlanTaskRow[];
  taskUnits: TaskUnitWithOrg[];
  cells: OwedCell[];
  cellsByTask: Map<string, OwedCell[]>;
  cellsByUnit: Map<string, OwedCell[]>;
  /** taskId → unitId → cell */
  cellIndex: Map<string, Map<string, OwedCell>>;
  milestones: SnapshotMilestone[];
  milestonesByTask: Map<string, SnapshotMilestone[]>;
  events: PlanEventRow[];
  quarters: ReportingQuarter[];
};

export async function loadPlanSnapshot(db: Db, plan: PlanRow, dueOf: DueOf): Promise<PlanSnapshot> {
  const [phases, submissionKinds, tasks, taskUnits, milestoneRows, events] = await Promise.all([
    listPhases(db, plan.id), listSubmissionKinds(db, plan.id), listTasks(db, plan.id), listTaskUnits(db, plan.id),
    listMilestones(db, plan.id), listEvents(db, plan.id),
  ]);
  const cells = owedCells(taskUnits);
  const milestones: SnapshotMilestone[] = milestoneRows.map((m) => ({
    id: m.id, taskId: m.task_id, kind: m.kind, label: m.label, startsOn: m.starts_on, dueOn: m.due_on, sort: m.sort,
    eventId: m.event_id, eventName: m.event_name, eventOccurredOn: m.event_occurred_on,
  }));
  return {
    plan, phases, submissionKinds, tasks, taskUnits, cells,
    cellsByTask: groupBy(cells, (c) => c.taskId),
    cellsByUnit: groupBy(cells, (c) => c.unitId),
    cellIndex: new Map([...groupBy(cells, (c) => c.taskId)].map(([taskId, list]) => [taskId, new Map(list.map((c) => [c.unitId, c]))])),
    milestones,
    milestonesByTask: groupBy(milestones, (m) => m.taskId),
    events,
    quarters: reportingQuarters(plan, dueOf),
  };
}

/** One cell per (task, unit): a unit named both lead and responsible leads. */
export function owedCells(taskUnits: readonly TaskUnitWithOrg[]): OwedCell[] {
  const byKey = new Map<string, OwedCell>();
  for (const u of taskUnits) {
    if (!u.organisation_id || !u.org_path) continue;
    const key = `${u.task_id}|${u.organisation_id}`;
    const role = u.role === 'lead' ? 'lead' : 'responsible';
    const existing = byKey.get(key);
    const viaTerritoryGroup = u.group_name === ALL_TERRITORIES;
    if (existing) {
      if (role === 'lead') existing.role = 'lead';
      existing.viaTerritoryGroup ||= viaTerritoryGroup;
      continue;
    }
    byKey.set(key, {
      index: byKey.size, taskId: u.task_id, unitId: u.organisation_id, role, unitName: u.org_name ?? u.raw_name, unitNameEn: u.org_name_en,
      unitKind: u.org_kind ?? '', unitPath: u.org_path, unitSort: u.org_sort ?? 0, viaTerritoryGroup,
    });
  }
  return [...byKey.values()];
}

export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The quarters whose report was due strictly before or on asOf (a report due today is not yet missing). */
export function quartersDueBy(snapshot: PlanSnapshot, asOf: string): ReportingQuarter[] {
  return snapshot.quarters.filter((q) => q.dueOn < asOf);
}
