import { describe, expect, it } from 'vitest';
import type { EnterpriseDetail, InventoryLine, Unit } from '../api/enterprises.types';
import { snapshotChanges } from './snapshot-diff';

const line = (chemicalName: string, quantity: string): InventoryLine => ({ id: chemicalName, chemicalName, quantity, quantityUnit: 't', flags: null as never });
const unit = (name: string, population500m: number | null, lines: InventoryLine[]): Unit => ({
  id: name, siteId: null, name, kind: 'storage', facility: null, location: null, population500m, populationSource: null,
  identification: { status: 'empty', standard: 'GB 18218-2018' }, isMajorHazard: false, grade: null, identifiedAt: null, lines,
});
const record = (over: Partial<EnterpriseDetail>): EnterpriseDetail => ({
  id: 'e', organisationId: 'o', name: '甲公司', uscc: 'X', territoryId: 't', activities: ['storage'], status: 'operating', inChemicalPark: false,
  contacts: [{ duty: '主要负责人', name: '张三', phone: null }], keyProcesses: [], declarationStatus: 'draft', version: 1, isDemo: false,
  createdAt: '', updatedAt: '', location: null, licences: [], sites: [], units: [], registers: [], currentDeclaration: null, ...over,
});

describe('declaration snapshot changes', () => {
  it('lists changed fields, people and inventories by name', () => {
    const before = record({ units: [unit('甲醇罐区', 45, [line('甲醇', '200'), line('乙醇', '50')])], staffCount: 30 });
    const after = record({
      contacts: [{ duty: '主要负责人', name: '李四', phone: null }], staffCount: 30,
      units: [unit('甲醇罐区', 80, [line('甲醇', '300')]), unit('液氨储罐', 120, [line('液氨', '12')])],
    });
    expect(snapshotChanges(before, after)).toEqual([
      { part: 'field', key: 'contacts', before: '主要负责人 张三', after: '主要负责人 李四' },
      { part: 'unit', change: 'changed', name: '甲醇罐区', detail: '45 → 80' },
      { part: 'line', change: 'changed', unit: '甲醇罐区', name: '甲醇', before: '200 t', after: '300 t' },
      { part: 'line', change: 'removed', unit: '甲醇罐区', name: '乙醇', before: '50 t' },
      { part: 'unit', change: 'added', name: '液氨储罐' },
      { part: 'line', change: 'added', unit: '液氨储罐', name: '液氨', after: '12 t' },
    ]);
  });
  it('finds nothing between equal records', () => {
    const r = record({ units: [unit('库区', 10, [line('氯', '1')])] });
    expect(snapshotChanges(r, structuredClone(r))).toEqual([]);
  });
});
