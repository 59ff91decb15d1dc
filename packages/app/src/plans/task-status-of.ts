// Adapter from the facts the app gathers to the status rule. TEMPORARY local rule until domain/plans/task-status lands.
import type { SnapshotMilestone } from './plan-snapshot.js';

export const TASK_STATUSES = ['not_started', 'on_track', 'due_soon', 'overdue', 'done', 'waiting'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type CellStatusInput = {
  asOf: string;
  milestones: readonly SnapshotMilestone[];
  completions: ReadonlyMap<string, string>;
  lastReport: { progress: number } | undefined;
  lastDueMissing: boolean;
  nextReportDueOn: string | undefined;
};

const DUE_SOON_DAYS = 30;

export function cellStatus(f: CellStatusInput): TaskStatus {
  const pending = f.milestones.filter((m) => m.kind !== 'ongoing' && !f.completions.has(m.id));
  const dated = f.milestones.filter((m) => m.kind !== 'ongoing');
  const hasOngoing = f.milestones.some((m) => m.kind === 'ongoing' || m.kind === 'deepening');
  if (dated.length > 0 && pending.length === 0 && !hasOngoing) return 'done';
  if (pending.some((m) => m.dueOn !== null && m.dueOn < f.asOf && !(m.eventId && !m.eventOccurredOn))) return 'overdue';
  if (f.lastDueMissing) return 'overdue';
  if (pending.length > 0 && pending.every((m) => m.eventId !== null && !m.eventOccurredOn) && !hasOngoing) return 'waiting';
  const soon = addDays(f.asOf, DUE_SOON_DAYS);
  if (pending.some((m) => m.dueOn !== null && m.dueOn >= f.asOf && m.dueOn <= soon)) return 'due_soon';
  if (f.lastReport) return f.lastReport.progress >= 100 && !hasOngoing ? 'done' : 'on_track';
  return 'not_started';
}

/** A task's status over its cells: the worst one wins; done / waiting only when every cell is. */
export function taskStatus(cells: readonly TaskStatus[], fallback: TaskStatus = 'not_started'): TaskStatus {
  if (cells.length === 0) return fallback;
  for (const s of ['overdue', 'due_soon'] as const) if (cells.includes(s)) return s;
  if (cells.every((s) => s === 'done')) return 'done';
  if (cells.every((s) => s === 'waiting')) return 'waiting';
  if (cells.every((s) => s === 'not_started')) return 'not_started';
  return 'on_track';
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}
