// A large, valid import workbook for performance tests, the benchmark and fixtures: n enterprises spread over the
// given places, two units each and three lines a unit (the "10,000 enterprises × ~2 units × ~3 lines"),
// deterministic, with major hazards of every grade and many below threshold. Rows are generated lazily and
// written by the platform's own streaming writer.
import { writeEnterpriseWorkbook } from '../write-enterprise-workbook.js';
import type { CellOut } from '../write-enterprise-workbook.js';
import { validUsccOf } from './valid-uscc.js';

export type BulkPlace = { territory: string; grid: string | null };

// [name, CAS, quantity unit]: Table 1 substances with a Table 3 β (so they grade without categories), and one
// outside Table 1 classified W5.4 (Q 5000 t, β 1) typed in m3 with a density.
const SUBSTANCES: readonly [string, string | null, string, string | null][] = [
  ['氨', '7664-41-7', 't', null], ['氯', '7782-50-5', 'kg', null], ['硫化氢', '7783-06-4', 't', null],
  ['环氧乙烷', '75-21-8', 't', null], ['某稀释剂', null, 'm3', 'W5.4'],
];

function* times<T>(n: number, make: (i: number) => Iterable<T>): Iterable<T> {
  for (let i = 0; i < n; i += 1) yield* make(i);
}

export async function bulkImportWorkbook(opts: { enterprises: number; places: readonly BulkPlace[]; firstNumber?: number }): Promise<Buffer> {
  const base = opts.firstNumber ?? 1;
  const place = (i: number): BulkPlace => opts.places[i % opts.places.length] ?? { territory: '温泉镇', grid: null };
  const n = opts.enterprises;
  const unitName = (u: number): string => (u === 0 ? '储罐区' : '生产装置');
  return writeEnterpriseWorkbook({
    enterprises: times(n, (i) => [{
      name: `测试化工企业${String(base + i).padStart(6, '0')}有限公司`, uscc: validUsccOf(base + i), territory: place(i).territory, grid: place(i).grid,
      legalRepresentative: '张三', address: `从化区测试路 ${i + 1} 号`, lng: 113.5 + (i % 100) / 1000, lat: 23.6 + (i % 97) / 1000, crs: 'WGS-84',
      industry: '化工', activities: i % 3 === 0 ? '生产,储存' : '储存,经营', status: '在产', inChemicalPark: i % 5 === 0 ? '是' : '否',
      chemicalPark: i % 5 === 0 ? '从化明珠工业园' : null, staffCount: 20 + (i % 200), contacts: `主要负责人 张${i % 10} 1380000${String(i % 10000).padStart(4, '0')}`, keyProcesses: null,
    } as Record<string, CellOut>]),
    units: times(n, (i) => [0, 1].map((u) => ({
      uscc: validUsccOf(base + i), name: unitName(u), kind: u === 0 ? '储存单元' : '生产单元', facility: u === 0 ? '罐区' : '生产装置', site: null,
      lng: null, lat: null, crs: null, population: (i + u) % 7 === 0 ? null : ((i * 37 + u * 11) % 160),
    }))),
    inventory: times(n, (i) => [0, 1].flatMap((u) => [0, 1, 2].map((k) => {
      const [name, cas, unit, symbols] = SUBSTANCES[(i + u * 2 + k) % SUBSTANCES.length] ?? SUBSTANCES[0]!;
      // 0 … 9.75, ten times that for every 10th enterprise (grades 1–2), a tenth for every 3rd (below threshold)
      const q = Number(((((i * 7 + u * 13 + k * 5) % 40) / 4) * (i % 10 === 9 ? 10 : i % 3 === 1 ? 0.1 : 1)).toFixed(3));
      return {
        uscc: validUsccOf(base + i), unit: unitName(u), chemicalName: name, cas, table1Serial: null, outsideTable1: symbols ? '是' : null,
        hazardSymbols: symbols, betaSymbol: null, quantity: unit === 'kg' ? Math.round(q * 1000) : unit === 'm3' ? Number((q * 100).toFixed(1)) : q, quantityUnit: unit,
        density: unit === 'm3' ? 0.8 : null, densityUnit: unit === 'm3' ? 't/m3' : null, physicalState: unit === 'm3' ? '液态' : '液化气体', containerType: '储罐',
      } as Record<string, CellOut>;
    }))),
    licences: times(n, (i) => [{
      uscc: validUsccOf(base + i), kind: '危险化学品经营许可证', number: `粤穗从安经字〔2024〕${String(base + i).padStart(6, '0')}`, scope: null, issuer: null,
      issuedOn: null, expiresOn: new Date(Date.UTC(2026 + (i % 3), i % 12, 1 + (i % 28))),
    } as Record<string, CellOut>]),
  }, { territories: [...new Set(opts.places.map((p) => p.territory))], grids: [...new Set(opts.places.flatMap((p) => (p.grid ? [p.grid] : [])))] });
}
