// Adapter from the facts the app gathers to the domain's status rule (domain/plans/task-status): converts
// stored milestones back to the parser's shape and rolls cell statuses up to a task.
import { computeTaskStatus, type TaskStatus, type TrackedMilestone } from '@hazgov/domain/plans/task-status';
import type { SnapshotMilestone } from './plan-snapshot.js';

export type { TaskStatus } from '@hazgov/domain/plans/task-status';

export type CellStatusInput = {
  asOf: string;
  startsOn: string;
  milestones: readonly SnapshotMilestone[];
  completions: ReadonlyMap<string, string>;
  events: Readonly<Record<string, string | null>>;
  hasActivity: boolean;
};

export function trackedMilestone(m: SnapshotMilestone, completedOn: string | null): TrackedMilestone {
  switch (m.kind) {
    case 'fixed':
    case 'interim':
      return { kind: m.kind, label: m.label, dueOn: m.dueOn ?? '', completedOn };
    case 'deepening':
      return { kind: 'deepening', label: m.label, startsOn: m.startsOn ?? '', dueOn: m.dueOn ?? '', completedOn };
    case 'conditional':
      return { kind: 'conditional', label: m.label, event: m.eventName ?? m.label, completedOn };
    default:
      return { kind: 'ongoing', label: m.label, completedOn };
  }
}

export function cellStatus(f: CellStatusInput): TaskStatus {
  return computeTaskStatus({
    milestones: f.milestones.map((m) => trackedMilestone(m, f.completions.get(m.id) ?? null)),
    events: f.events,
    hasActivity: f.hasActivity,
    startsOn: f.startsOn,
    asOf: f.asOf,
  }).status;
}

/** A task's status over its cells: the worst one wins; done / waiting / not started only when every cell is. */
export function taskStatus(cells: readonly TaskStatus[], fallback: TaskStatus = 'not_started'): TaskStatus {
  if (cells.length === 0) return fallback;
  for (const s of ['overdue', 'due_soon'] as const) if (cells.includes(s)) return s;
  if (cells.every((s) => s === 'done')) return 'done';
  if (cells.every((s) => s === 'waiting')) return 'waiting';
  if (cells.every((s) => s === 'not_started')) return 'not_started';
  return 'on_track';
}

/**
 * A task's roll-up from per-milestone completion counts instead of per-cell rows (the dashboard at province scale):
 * the domain rule applied to the task's worst-placed unit — one that has met exactly the milestones every unit in
 * scope has met. Some unit is overdue iff that unit is, and all are done iff it is; not_started vs on_track is not
 * distinguished (hasActivity is taken as true).
 */
export function rollupStatusFromCounts(f: {
  asOf: string; startsOn: string; milestones: readonly SnapshotMilestone[]; events: Readonly<Record<string, string | null>>;
  units: number; completions: ReadonlyMap<string, { n: number; lastOn: string }>;
}): TaskStatus {
  if (f.units === 0) return 'not_started';
  const metByAll = new Map<string, string>();
  for (const m of f.milestones) {
    const c = f.completions.get(m.id);
    if (c && c.n >= f.units) metByAll.set(m.id, c.lastOn);
  }
  return cellStatus({ asOf: f.asOf, startsOn: f.startsOn, milestones: f.milestones, completions: metByAll, events: f.events, hasActivity: true });
}
