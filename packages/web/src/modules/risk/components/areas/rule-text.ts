// Pure helpers of the grading-rules page: the score range each band covers ("160 ≤ D < 320"), what is wrong with a
// set of band minimums, the supervision frequency in words, and server error fields ("bands.ls[1].min") as the
// page's field paths. No React, so they are unit-tested (rule-text.test.ts).
import { lecScales, lsScale } from '@hazgov/domain/risk/assessment';
import { riskLevels, type RiskLevel, type ScoreBand } from '@hazgov/domain/risk/types';

export type ScoreMethod = 'lec' | 'ls';
export const scoreSymbol: Record<ScoreMethod, string> = { lec: 'D', ls: 'R' };

/** Every score a method can give: LEC D = L×E×C (rounded to hundredths as assess() does), LS R = L×S. */
export function possibleScores(method: ScoreMethod): number[] {
  const set = new Set<number>();
  if (method === 'ls') for (const l of lsScale) for (const s of lsScale) set.add(l * s);
  else for (const l of lecScales.l) for (const e of lecScales.e) for (const c of lecScales.c) set.add(Math.round(l * e * c * 100) / 100);
  return [...set].sort((a, b) => a - b);
}

/** The bands in level order (red first), whatever order they came in; a missing level gets min 0. */
export function bandsInLevelOrder(bands: readonly ScoreBand[]): ScoreBand[] {
  return riskLevels.map((level) => { const b = bands.find((x) => x.level === level); return { level, min: b ? b.min : 0 }; });
}

export type BandRange = { level: RiskLevel; min: number; max: number | null; text: string; scores: number[] };
export type BandProblem = { level: RiskLevel; code: 'not_below_previous' | 'not_a_number' | 'lowest_not_zero' | 'empty' };

const num = (n: number) => (typeof n === 'number' && Number.isFinite(n) ? String(Number(n.toFixed(2))) : '?');

/**
 * The range each band covers, red first: the top band is "D ≥ min", a middle one "min ≤ D < next-higher min",
 * the lowest "D < next-higher min" when it starts at or below the lowest possible score (it then covers the rest of
 * the scale). `scores` lists the scores the method can actually give inside the band (LS has only 14).
 */
export function bandRanges(bands: readonly ScoreBand[], method: ScoreMethod): BandRange[] {
  const sym = scoreSymbol[method];
  const ordered = bandsInLevelOrder(bands);
  const all = possibleScores(method);
  const lowest = all[0] ?? 0;
  return ordered.map((b, i) => {
    const max = i === 0 ? null : ordered[i - 1]!.min;
    const last = i === ordered.length - 1;
    const text = max === null ? `${sym} ≥ ${num(b.min)}`
      : last && b.min <= lowest ? `${sym} < ${num(max)}`
        : `${num(b.min)} ≤ ${sym} < ${num(max)}`;
    const scores = all.filter((s) => s >= b.min && (max === null || s < max));
    return { level: b.level, min: b.min, max, text, scores };
  });
}

/**
 * What is wrong with the minimums, as the server will judge (domain/risk/settings.ts): each below the one above it,
 * the lowest 0 so the bands cover the scale; and, a warning only, a band no score of the method can fall in.
 */
export function bandProblems(bands: readonly ScoreBand[], method: ScoreMethod): BandProblem[] {
  const ordered = bandsInLevelOrder(bands);
  const problems: BandProblem[] = [];
  ordered.forEach((b, i) => {
    if (typeof b.min !== 'number' || !Number.isFinite(b.min)) problems.push({ level: b.level, code: 'not_a_number' });
    else if (i > 0 && Number.isFinite(ordered[i - 1]!.min) && b.min >= ordered[i - 1]!.min) problems.push({ level: b.level, code: 'not_below_previous' });
  });
  const last = ordered.at(-1)!;
  if (Number.isFinite(last.min) && last.min !== 0 && !problems.some((p) => p.level === last.level)) problems.push({ level: last.level, code: 'lowest_not_zero' });
  if (!problems.length) for (const r of bandRanges(ordered, method)) if (!r.scores.length) problems.push({ level: r.level, code: 'empty' });
  return problems;
}

/** Months between inspections in words: the i18n key under risk.areas.frequency and its parameters. */
export function frequencyKey(months: number): { key: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly' | 'everyN'; n: number } {
  if (months === 1) return { key: 'monthly', n: 1 };
  if (months === 3) return { key: 'quarterly', n: 3 };
  if (months === 6) return { key: 'halfYearly', n: 6 };
  if (months === 12) return { key: 'yearly', n: 12 };
  return { key: 'everyN', n: months };
}

/** A server error field as a dotted path: "bands.ls[1].min" and "bands/ls/1/min" → "bands.ls.1.min". */
export function fieldPath(field: string): string {
  return field.replace(/\[(\w+)\]/g, '.$1').replace(/[/]/g, '.').replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.');
}

/**
 * Where an error is shown: the field itself when the page has it, else the nearest enclosing group the page has
 * ("bands.ls.7.min" → "bands.ls"), else '' (the form's top).
 */
export function placeOf(field: string, known: ReadonlySet<string>): string {
  const parts = fieldPath(field).split('.');
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.');
    if (known.has(p)) return p;
  }
  return '';
}

/** An immutable update of a nested value by a dotted path (arrays keep being arrays). */
export function setIn<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return value as T;
  const src = obj as unknown as Record<string, unknown> | unknown[];
  const child = (src as Record<string, unknown>)[head];
  const next = rest.length ? setIn(child, rest.join('.'), value) : value;
  if (Array.isArray(src)) { const copy = [...src]; copy[Number(head)] = next; return copy as unknown as T; }
  return { ...(src as Record<string, unknown>), [head]: next } as T;
}

/** A nested value by a dotted path. */
export function getIn(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((a, k) => (a && typeof a === 'object' ? (a as Record<string, unknown>)[k] : undefined), obj);
}
