// Starter checklists and template versioning, on both dialects (DATABASE_URL picks PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import starter from '../../../../data/inspections/checklists.json';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { clockedTestDb, districtAdmin, type ClockedTestDb } from '../plans/testing/scheduler-testbed.js';
import { createTemplate } from './create-template.js';
import { getTemplate } from './get-template.js';
import { listTemplates } from './list-templates.js';
import { updateTemplate } from './update-template.js';
import { ensureStarterChecklists, starterTemplateId } from './ensure-starter-checklists.js';

let t: ClockedTestDb;
const town: Actor = { ...districtAdmin, userId: 'u-town', role: 'territory', organisationId: '440117103', organisationPath: '/440117/440117103/' };
const enterprise: Actor = { ...town, userId: 'u-ent', role: 'enterprise' };
beforeAll(async () => { t = await clockedTestDb('2026-03-01T02:00:00.000Z'); });
afterAll(async () => t?.database.close());

async function inputError(p: Promise<unknown>): Promise<string[]> {
  try { await p; } catch (e) { if (e instanceof AppError) return e.details.map((d) => d.field ?? ''); throw e; }
  throw new Error('expected an AppError');
}

describe('ensureStarterChecklists', () => {
  it('loads the seven starter templates once, with the district path, each with 15–25 items', async () => {
    expect(await ensureStarterChecklists(t.ctx)).toEqual({ loaded: 7 });
    expect(await ensureStarterChecklists(t.ctx)).toEqual({ loaded: 0 });
    const list = await listTemplates(t.ctx, { actor: town });
    expect(list.map((x) => x.enterprise_type).sort()).toEqual(['filling_station', 'production', 'storage', 'trade', 'transport', 'use', 'warehouse']);
    for (const x of list) {
      expect(x.path).toBe('/440117/');
      expect(x.item_count).toBeGreaterThanOrEqual(15);
      expect(x.item_count).toBeLessThanOrEqual(25);
    }
    const prod = await getTemplate(t.database.db, town, starterTemplateId('production'));
    const file = starter.templates.find((x) => x.enterpriseType === 'production')!;
    expect(prod.items.length).toBe(file.items.length);
    expect(prod.items[0]).toMatchObject({ sort: 1, content: file.items[0]!.content, legal_basis: file.items[0]!.legalBasis });
    expect(prod.items.filter((i) => i.major_criterion).length).toBe(file.items.filter((i) => i.majorCriterion).length);
  });

  it('is not readable by an enterprise', async () => {
    await expect(listTemplates(t.ctx, { actor: enterprise })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('template versions', () => {
  const input = { enterpriseType: 'use' as const, name: '使用企业检查表（区定）', items: [
    { area: '储存', content: '是否分区分类储存？', legalBasis: 'GB 15603-2022', severityHint: 'major' as const, majorCriterion: 'mh20' },
    { area: '安全基础管理', content: '是否有应急预案？', legalBasis: '安全生产法第八十一条', severityHint: 'general' as const },
  ] };

  it('an edit makes version n+1 and retires the old one, whose items stay', async () => {
    const v1 = await createTemplate(t.ctx, { actor: districtAdmin, input });
    expect(v1).toMatchObject({ version: 1, status: 'active', source: 'admin' });
    const v2 = await updateTemplate(t.ctx, { actor: districtAdmin, id: v1.id, input: { ...input, items: input.items.slice(0, 1) } });
    expect(v2).toMatchObject({ version: 2, status: 'active' });
    expect(v2.items).toHaveLength(1);
    const old = await getTemplate(t.database.db, town, v1.id);
    expect(old.status).toBe('retired');
    expect(old.items).toHaveLength(2);
    await expect(updateTemplate(t.ctx, { actor: districtAdmin, id: v1.id, input })).rejects.toMatchObject({ code: 'CHECKLIST_TEMPLATE_RETIRED' });
  });

  it('refuses an empty legal basis or an unknown criterion, naming the item', async () => {
    const bad = { ...input, items: [input.items[0]!, { ...input.items[1]!, legalBasis: ' ' }, { ...input.items[1]!, content: 'x', majorCriterion: 'mh99' }] };
    expect(await inputError(createTemplate(t.ctx, { actor: districtAdmin, input: bad }))).toEqual(['items.1.legalBasis', 'items.2.majorCriterion']);
  });

  it('only the district admin writes', async () => {
    await expect(createTemplate(t.ctx, { actor: town, input })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
