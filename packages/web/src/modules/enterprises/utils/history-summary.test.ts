import { describe, expect, it } from 'vitest';
import { summarise } from './history-summary';

describe('history rows told briefly', () => {
  it('names a created row without listing its columns', () => {
    expect(summarise('enterprise_unit.created', null, { id: 'u1', path: '/p/', name: '甲类仓库', kind: 'storage' })).toEqual({ subject: '甲类仓库', changes: [] });
  });
  it('lists the changed fields of an update, reading stored JSON and skipping bookkeeping', () => {
    const r = summarise('enterprise.updated',
      { name: '甲', activities: '["storage"]', contacts_json: '[]', updated_at: '1', version: 1, territory_id: 't1' },
      { name: '甲', activities: '["storage","trade"]', contacts_json: '[{"duty":"主要负责人","name":"张三","phone":"1"}]', updated_at: '2', version: 2, territory_id: 't2' });
    expect(r.changes).toEqual([
      { key: 'activities', before: 'storage', after: 'storage、trade' },
      { key: 'contacts_json', before: '—', after: '主要负责人 张三 1' },
      { key: 'territory_id', before: 't1', after: 't2' },
    ]);
  });
  it('tells an inventory replacement substance by substance', () => {
    const r = summarise('inventory.replaced',
      { unitName: '罐区', lines: [{ chemical_name: '甲醇', quantity: '200', quantity_unit: 't' }, { chemical_name: '乙醇', quantity: '5', quantity_unit: 't' }] },
      { unitName: '罐区', lines: [{ chemical_name: '甲醇', quantity: '250', quantity_unit: 't' }, { chemical_name: '液氯', quantity: '3', quantity_unit: 't' }] });
    expect(r).toEqual({ subject: '罐区', changes: [
      { key: '甲醇', before: '200 t', after: '250 t' }, { key: '液氯', before: '—', after: '3 t' }, { key: '乙醇', before: '5 t', after: '—' },
    ], literal: true });
  });
});
