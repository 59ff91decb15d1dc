// Helpers for the risk dashboard / area risk / grading rules journey: reading the numbers the page shows from its
// data-* attributes, and an LS risk point of a given score (to watch a band change re-grade it).
import type { Page } from 'playwright-core';
import { apiOk } from './major-hazards-ui';

export type Levels = { red: number; orange: number; yellow: number; blue: number };
export type Dashboard = {
  byLevel: Levels; byStatus: { controlled: number; attention: number; out_of_control: number }; reviewLate: number;
  attention: { id: string; level: string }[]; areas: Levels; trend: unknown[];
};
export type Settings = { bands: { ls: { level: string; min: number }[] }; updatedAt: string | null };
type PointList = { items: { id: string; computedLevel: string; assessment: { method: string; score: number } }[]; total: number };

/** data-count of every card of a kind ("level" / "status"), by its data-key. */
export async function cardCounts(page: Page, kind: 'level' | 'status'): Promise<Record<string, number>> {
  const pairs = await page.locator(`[data-testid="${kind}-card"]`).evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-key') ?? '', Number(e.getAttribute('data-count'))] as const));
  return Object.fromEntries(pairs);
}

/** An LS point with score R (R = 15 is orange under the default bands). */
export async function lsPointWithScore(page: Page, score: number): Promise<{ id: string; computedLevel: string } | null> {
  const r = await apiOk<PointList>(page, 'GET', '/api/risk/points?method=ls&level=orange&pageSize=100');
  return r.items.find((p) => p.assessment.method === 'ls' && p.assessment.score === score) ?? null;
}

export async function computedLevelOf(page: Page, id: string): Promise<string> {
  return (await apiOk<{ computedLevel: string }>(page, 'GET', `/api/risk/points/${encodeURIComponent(id)}`)).computedLevel;
}

/** Sets an antd InputNumber to a value (select all, type, leave the field so the change is committed). */
export async function typeNumber(page: Page, testId: string, value: number): Promise<void> {
  const input = page.getByTestId(testId).locator('input').first().or(page.locator(`input[data-testid="${testId}"]`)).first();
  await input.click();
  await input.press('Control+A');
  await input.fill(String(value));
  await input.press('Tab');
}
