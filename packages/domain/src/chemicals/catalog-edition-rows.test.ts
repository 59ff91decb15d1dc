import { describe, expect, it } from 'vitest';
import { readCatalogEdition, readCatalogHeader } from './catalog-edition-rows.js';

const header = ['序号 serial', '品名 name', '别名 aliases', 'CAS号 cas', 'UN号 un_number', '危险性类别 hazard_symbols', '剧毒 highly_toxic', '易制爆 explosive_precursor', '来源 source', 'cas_source'];

describe('readCatalogHeader', () => {
  it('knows the columns by key or Chinese label, and <column>_source columns', () => {
    expect([...readCatalogHeader(['品名', 'CAS号', 'hazard_symbols', '备注', 'cas_source']).entries()]).toEqual([[0, 'name'], [1, 'cas'], [2, 'hazard_symbols'], [4, 'cas_source']]);
  });
});

describe('readCatalogEdition', () => {
  it('reads entries, keeping the source of every value', () => {
    const r = readCatalogEdition([
      header,
      ['1', '氰化钾', '山奈钾；氢氰酸钾盐', '151-50-8', 'UN1680', 'J1', '是', '', '', '《危险化学品目录（2015版）》第1686条'],
      ['2', '乙酸乙酯', '醋酸乙酯', '141-78-6', '1173', 'W5.1, w5.1', '否', '否', '本区补充', ''],
      [null, null, null, null, null, null, null, null, null, null],
    ], '危险化学品目录（2015版）');
    expect(r).toEqual({ ok: true, entries: [
      {
        row: 2, serial: '1', name: '氰化钾', aliases: ['山奈钾', '氢氰酸钾盐'], cas: '151-50-8', unNumber: '1680', hazardSymbols: ['J1'], flags: { highlyToxic: true },
        sources: { serial: '危险化学品目录（2015版）', name: '危险化学品目录（2015版）', aliases: '危险化学品目录（2015版）', cas: '《危险化学品目录（2015版）》第1686条', un_number: '危险化学品目录（2015版）', hazard_symbols: '危险化学品目录（2015版）', highly_toxic: '危险化学品目录（2015版）' },
      },
      {
        row: 3, serial: '2', name: '乙酸乙酯', aliases: ['醋酸乙酯'], cas: '141-78-6', unNumber: '1173', hazardSymbols: ['W5.1'], flags: { highlyToxic: false, explosivePrecursor: false },
        sources: { serial: '本区补充', name: '本区补充', aliases: '本区补充', cas: '本区补充', un_number: '本区补充', hazard_symbols: '本区补充', highly_toxic: '本区补充', explosive_precursor: '本区补充' },
      },
    ] });
  });

  it('reports every problem with its row and column, and returns no entry', () => {
    const r = readCatalogEdition([
      header,
      ['1', '', '', '151-50-9', '', '', '', '', '', ''], // 151-50-8 is right: 8×1+0×2+5×3+1×4+5×5+1×6 = 58 → 8
      ['2', '甲', '', '12-3', 'UN12', 'W12', '可能', '', '', ''],
      ['3', '乙', '', '141-78-6', '', '', '', '', '', ''],
      ['4', ' 乙 ', '', '141-78-6', '', '', '', '', '', ''],
    ], 'src');
    expect(r.ok ? [] : r.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '2:name:CATALOG_NAME_REQUIRED', '2:cas:CAS_CHECK_DIGIT',
      '3:cas:CAS_FORMAT', '3:un_number:UN_NUMBER_INVALID', '3:hazard_symbols:HAZARD_SYMBOL_UNKNOWN', '3:highly_toxic:CATALOG_FLAG_INVALID',
      '5:name:CATALOG_DUPLICATE',
    ]);
  });

  it('refuses a sheet without a name column or without rows', () => {
    expect(readCatalogEdition([['cas'], ['50-00-0']], 's')).toMatchObject({ ok: false, problems: [{ row: 1, code: 'CATALOG_HEADER_MISSING' }] });
    expect(readCatalogEdition([header], 's')).toMatchObject({ ok: false, problems: [{ code: 'CATALOG_EMPTY' }] });
  });
});
