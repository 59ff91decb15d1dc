// The merge rule of offline sync, pure: an operation names the version its phone last saw (baseVersion). What others
// wrote since then is read from the change log (the receipts of writing operations); an item or field changed there
// AND holding a different value now than the one this phone sends is a conflict — nothing of it is written, both
// values go back to the phone. Everything else is applied. The caller's own earlier operations are not "others": a
// phone that queued ten operations offline sends them all on the same baseVersion, and the later one wins.
export type ResultValue = { outcome: string; note: string | null };
export type IncomingResult = ResultValue & { itemId: string; recordedAt: string };
/** One writing operation's footprint, stored in its receipt. */
export type ChangeEntry = { version: number; userId: string; itemIds: string[]; fields: string[] };
export type SyncConflict = { itemId: string | null; field: string; mine: string | null; theirs: string | null };
export type TopFields = { summary?: string | null | undefined; representativeName?: string | null | undefined };
export type CurrentTop = { summary: string | null; representativeName: string | null };

export type MergePlan = {
  apply: IncomingResult[];
  fields: Partial<Record<'summary' | 'representativeName', string | null>>;
  conflicts: SyncConflict[];
};

const norm = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : s.trim());

export function changedByOthers(log: readonly ChangeEntry[], baseVersion: number, userId: string): { items: Set<string>; fields: Set<string> } {
  const items = new Set<string>();
  const fields = new Set<string>();
  for (const e of log) {
    if (e.version <= baseVersion || e.userId === userId) continue;
    e.itemIds.forEach((i) => items.add(i));
    e.fields.forEach((f) => fields.add(f));
  }
  return { items, fields };
}

export function planMerge(opts: {
  incoming: readonly IncomingResult[]; top: TopFields; current: ReadonlyMap<string, ResultValue>; currentTop: CurrentTop;
  others: { items: ReadonlySet<string>; fields: ReadonlySet<string> };
}): MergePlan {
  const apply: IncomingResult[] = [];
  const conflicts: SyncConflict[] = [];
  for (const r of opts.incoming) {
    const now = opts.current.get(r.itemId);
    const mine: ResultValue = { outcome: r.outcome, note: norm(r.note) };
    if (now && opts.others.items.has(r.itemId)) {
      const differing: SyncConflict[] = [];
      if (now.outcome !== mine.outcome) differing.push({ itemId: r.itemId, field: 'outcome', mine: mine.outcome, theirs: now.outcome });
      if (norm(now.note) !== mine.note) differing.push({ itemId: r.itemId, field: 'note', mine: mine.note, theirs: norm(now.note) });
      if (differing.length > 0) { conflicts.push(...differing); continue; }
    }
    if (!now || now.outcome !== mine.outcome || norm(now.note) !== mine.note) apply.push({ ...r, note: mine.note });
  }
  const fields: MergePlan['fields'] = {};
  for (const key of ['summary', 'representativeName'] as const) {
    if (opts.top[key] === undefined) continue;
    const mine = norm(opts.top[key]);
    const theirs = norm(opts.currentTop[key]);
    if (mine === theirs) continue;
    if (opts.others.fields.has(key) && theirs !== null) { conflicts.push({ itemId: null, field: key, mine, theirs }); continue; }
    fields[key] = mine;
  }
  return { apply, fields, conflicts };
}
