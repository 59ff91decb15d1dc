// Helpers for the major-hazards journey: calling the API from inside the signed-in page (session cookie + CSRF
// token, as the app itself does), making sure a graded major hazard exists (the demo seed's, else one created
// through the API), and driving the calculator's search-as-you-type chemical field.
import type { Locator, Page } from 'playwright-core';
import { usccCheckCharacter } from '../../packages/domain/src/enterprises/uscc';

export type ApiAnswer<T> = { status: number; body: T };

/** fetch() in the page with the signed-in user's cookie and CSRF token; JSON in and out. */
export async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(async ({ method, path, body }) => {
    const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const res = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'x-csrf-token': me.csrfToken, 'Accept-Language': 'zh-CN' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }, { method, path, body }) as Promise<ApiAnswer<T>>;
}

export async function apiOk<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const r = await apiCall<T>(page, method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A valid unified social credit code in 从化区 (440117) that no demo enterprise uses. */
export function freshUscc(seed: number): string {
  const body = `91440117MA${String(seed % 10_000_000).padStart(7, '0')}`;
  return body + usccCheckCharacter(body);
}

type ListAnswer = { items: { unitId: string; grade: number | null; status: string }[]; total: number };

/**
 * The grade to filter the register by: one the demo data has; when the data has no graded major hazard (no demo
 * enterprises yet), a storage unit with 10 t of 氯 and 120 people within 500 m is created through the API.
 * By hand: S = 10/5 = 2 (Table 1 row 12, Q = 5 t) ≥ 1; β = 4 (Table 3 氯); α = 2.0 (Table 5, ≥ 100 people);
 * R = 2 × 4 × 2 = 16 → 三级 (Table 6, 50 > R ≥ 10).
 */
export async function gradeWithUnits(page: Page): Promise<{ grade: number; created: boolean }> {
  for (const grade of [1, 2, 3, 4]) {
    const r = await apiOk<ListAnswer>(page, 'GET', `/api/major-hazards?grade=${grade}&pageSize=10`);
    if (r.total > 0) return { grade, created: false };
  }
  const orgs = await apiOk<{ items: { id: string; kind: string; name: string }[] }>(page, 'GET', '/api/orgs');
  const territory = orgs.items.find((o) => o.kind === 'territory' && o.name === '温泉镇') ?? orgs.items.find((o) => o.kind === 'territory');
  if (!territory) throw new Error('no territory to create an enterprise in');
  const enterprise = await apiOk<{ id: string }>(page, 'POST', '/api/enterprises', {
    name: '从化区辨识旅程液氯储存有限公司', uscc: freshUscc(Date.now()), territoryId: territory.id, activities: ['storage'],
    status: 'operating', inChemicalPark: false, contacts: [], keyProcesses: [],
  });
  const unit = await apiOk<{ id: string }>(page, 'POST', `/api/enterprises/${enterprise.id}/units`, {
    name: '液氯储罐区', kind: 'storage', facility: 'tank_farm', population500m: 120,
  });
  await apiOk(page, 'PUT', `/api/enterprise-units/${unit.id}/inventory`, { lines: [{ chemicalName: '氯', cas: '7782-50-5', quantity: '10', quantityUnit: 't' }] });
  return { grade: 3, created: true };
}

/** Types into a chemical field and picks the suggestion whose name is exactly `name`. */
export async function pickChemical(page: Page, field: Locator, query: string, name: string): Promise<void> {
  const input = field.locator('input').first();
  await input.click();
  await input.fill(query);
  const option = page.locator(`.ant-select-dropdown:visible [data-testid="chemical-option"][data-name="${name}"]`).first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
}

/** Chooses an option of an antd Select by its visible label text. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  const input = select.locator('input').first();
  if ((await input.count()) && (await input.isEditable())) await input.fill(label.split(' ')[0] ?? label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  await page.keyboard.press('Escape');
}

/** The <input> of an antd field whose data-testid may sit on the input itself or on its wrapper. */
export function inputOf(field: Locator): Locator {
  return field.locator('xpath=self::input | .//input').first();
}
