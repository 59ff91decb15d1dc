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
