// Pure rules of the phone's queue: what the inspector sees (the server's copy with the queued changes laid over it),
// how a new answer joins the queue (merged into the newest op that has not left the phone, so an hour offline is a
// handful of ops, not hundreds), and how ops still waiting follow the server's version once an earlier one applied.
import type { Inspection, InspectionOutcome, SyncOp, SyncResultInput } from '../api/inspections.types';

export type LocalInspection = Inspection & { submitQueued: boolean; changedItems: string[] };

export type Edit = {
  result?: { itemId: string; outcome: InspectionOutcome; note?: string };
  summary?: string;
  representativeName?: string;
  submit?: boolean;
};

export function overlay(inspection: Inspection, ops: readonly SyncOp[]): LocalInspection {
  const results = inspection.results.map((r) => ({ ...r }));
  const changed = new Set<string>();
  let { summary, representativeName } = inspection;
  let submitQueued = false;
  for (const op of ops) {
    for (const r of op.results) {
      changed.add(r.itemId);
      const at = results.findIndex((x) => x.itemId === r.itemId);
      const next = { itemId: r.itemId, outcome: r.outcome, note: r.note ?? null, recordedAt: r.recordedAt };
      if (at >= 0) results[at] = { ...results[at]!, ...next };
      else results.push({ ...next, findingId: null, photos: [] });
    }
    if (op.summary !== undefined) summary = op.summary;
    if (op.representativeName !== undefined) representativeName = op.representativeName;
    if (op.submit) submitQueued = true;
  }
  return { ...inspection, results, summary, representativeName, submitQueued, changedItems: [...changed] };
}

/** Lays an edit onto an op that has not been sent (or starts one): the later answer for an item replaces the earlier. */
export function mergeEdit(op: SyncOp, edit: Edit, at: string): SyncOp {
  const results: SyncResultInput[] = op.results.filter((r) => r.itemId !== edit.result?.itemId);
  if (edit.result) {
    const r: SyncResultInput = { itemId: edit.result.itemId, outcome: edit.result.outcome, recordedAt: at };
    if (edit.result.note) r.note = edit.result.note;
    results.push(r);
  }
  const next: SyncOp = { ...op, at, results };
  if (edit.summary !== undefined) next.summary = edit.summary;
  if (edit.representativeName !== undefined) next.representativeName = edit.representativeName;
  if (edit.submit) next.submit = true;
  return next;
}

/** Items every template item needs before submit: the ones without an answer (server copy + queue). */
export function unanswered(view: Pick<Inspection, 'template' | 'results'>): string[] {
  const answered = new Set(view.results.filter((r) => r.outcome).map((r) => r.itemId));
  return view.template.items.filter((i) => !answered.has(i.id)).map((i) => i.id);
}

export function isNetworkError(e: unknown): boolean {
  // fetch rejects with a TypeError when there is no connection; the XHR upload reports status 0
  return e instanceof TypeError || (typeof e === 'object' && e !== null && 'status' in e && (e as { status: number }).status === 0);
}
