// The import benchmark's workbook: N enterprises (10,000 at full scale) with 1–3 units (2 on average) of 3 lines,
// and their licences, written with exceljs's streaming writer in the importer's own layout (workbook-layout.ts:
// sheet names, Chinese header row, English header row, the Chinese words of the drop-downs). The rows come from the
// demo seed's builder; lines the importer should refuse or leave undecided (硝化棉 without its row, a substance
// without categories) are left out, so the benchmark times an import that succeeds.
import ExcelJS from 'exceljs';
import type { Place } from '@hazgov/app/demo/demo-enterprise-build';
import { buildEnterprise, type BuiltEnterprise } from '@hazgov/app/demo/demo-enterprise-build';
import { seededRng } from '@hazgov/app/demo/prng';
import { pickProfile } from '@hazgov/app/demo/seed-enterprises';
import { COLUMNS, SHEETS, SHEET_KEYS, choiceLabel, headerText, type SheetKey } from '@hazgov/app/enterprises/import/workbook-layout';
import { BENCH_NOW } from '../generate-province.js';

const UNITS_PATTERN = [2, 1, 3, 2] as const;

type Row = Record<string, string | number | Date | null>;

function rowsOf(b: BuiltEnterprise, place: Place): Record<SheetKey, Row[]> {
  const e = b.enterprise;
  const grid = place.grids.find((g) => g.id === e.grid_id);
  const activities = (JSON.parse(e.activities) as string[]).map((a) => choiceLabel('activity', a)).join('、');
  const contacts = (JSON.parse(e.contacts_json) as { duty: string; name: string; phone: string | null }[]).map((c) => [c.duty, c.name, c.phone ?? ''].join(' ').trim()).join('；');
  const siteName = new Map(b.sites.map((s) => [s.id, s.name]));
  const unitName = new Map(b.units.map((u) => [u.id, u.name]));
  const lines = b.lines.filter((l) => (l.table1_serial !== null || l.outside_table1 === 1) && l.hazard_symbols);
  return {
    enterprises: [{
      name: e.name, uscc: e.uscc, territory: place.name, grid: grid?.name ?? null, legalRepresentative: e.legal_representative ?? null, address: e.address ?? null,
      lng: e.lng ?? null, lat: e.lat ?? null, crs: 'WGS-84', industry: e.industry ?? null, activities, status: choiceLabel('status', e.status),
      inChemicalPark: e.in_chemical_park ? '是' : '否', chemicalPark: e.chemical_park ?? null, staffCount: e.staff_count ?? null, contacts,
      keyProcesses: (JSON.parse(e.key_processes) as string[]).join('、'),
    }],
    units: b.units.map((u) => ({
      uscc: e.uscc, name: u.name, kind: choiceLabel('unitKind', u.kind), facility: choiceLabel('facility', u.facility), site: siteName.get(u.site_id ?? '') ?? null,
      lng: u.lng ?? null, lat: u.lat ?? null, crs: 'WGS-84', population: u.population_500m ?? null,
    })),
    inventory: lines.map((l) => ({
      uscc: e.uscc, unit: unitName.get(l.unit_id) ?? '', chemicalName: l.chemical_name, cas: l.cas ?? null, table1Serial: l.table1_serial ?? null,
      outsideTable1: l.outside_table1 ? '是' : '否', hazardSymbols: l.hazard_symbols ?? null, betaSymbol: l.beta_symbol ?? null, quantity: l.quantity,
      quantityUnit: l.quantity_unit, density: l.density ?? null, densityUnit: l.density_unit ?? null, physicalState: choiceLabel('physicalState', l.physical_state), containerType: l.container_type ?? null,
    })),
    licences: b.licences.map((l) => ({
      uscc: e.uscc, kind: choiceLabel('licenceKind', l.kind), number: l.number, scope: l.scope ?? null, issuer: l.issuer ?? null,
      issuedOn: l.issued_on ? new Date(`${l.issued_on}T00:00:00Z`) : null, expiresOn: new Date(`${l.expires_on}T00:00:00Z`),
    })),
  };
}

/** Writes the workbook to `file`; the credit codes start at `usccOffset` so they never meet the generated database's. */
export async function makeImportWorkbook(places: readonly Place[], opts: { enterprises: number; file: string; usccOffset?: number }): Promise<{ enterprises: number; units: number; lines: number; licences: number }> {
  const rng = seededRng(20190301);
  const now = new Date(BENCH_NOW);
  const at = now.toISOString();
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: opts.file, useSharedStrings: true, useStyles: false });
  const sheets = Object.fromEntries(SHEET_KEYS.map((k) => {
    const ws = wb.addWorksheet(SHEETS[k].zh);
    ws.addRow(COLUMNS[k].map((c) => headerText(c, 'zh'))).commit();
    ws.addRow(COLUMNS[k].map((c) => headerText(c, 'en'))).commit();
    return [k, ws];
  })) as Record<SheetKey, ExcelJS.Worksheet>;
  const buffered: Record<SheetKey, Row[]> = { enterprises: [], units: [], inventory: [], licences: [] };
  const counts = { enterprises: 0, units: 0, lines: 0, licences: 0 };
  for (let i = 0; i < opts.enterprises; i += 1) {
    const place = places[i % places.length]!;
    const b = buildEnterprise(rng, {
      orgId: `ent-import-${i}`, enterpriseId: `import-ent-${i}`, place, profile: pickProfile(rng, place),
      gridIndex: place.grids.length > 0 && rng.chance(0.7) ? rng.int(0, place.grids.length - 1) : null, today, at, isDemo: false, nameSuffix: '',
      units: UNITS_PATTERN[i % UNITS_PATTERN.length], linesPerUnit: 3, usccCounter: (opts.usccOffset ?? 5_000_000) + i,
    });
    const rows = rowsOf(b, place);
    // the enterprise sheet is written at once; the other sheets wait in memory (exceljs streams one sheet at a time best)
    sheets.enterprises.addRow(COLUMNS.enterprises.map((c) => rows.enterprises[0]![c.key] ?? null)).commit();
    for (const k of ['units', 'inventory', 'licences'] as const) buffered[k].push(...rows[k]);
    counts.enterprises += 1;
    counts.units += rows.units.length;
    counts.lines += rows.inventory.length;
    counts.licences += rows.licences.length;
  }
  sheets.enterprises.commit();
  for (const k of ['units', 'inventory', 'licences'] as const) {
    for (const r of buffered[k]) sheets[k].addRow(COLUMNS[k].map((c) => r[c.key] ?? null)).commit();
    sheets[k].commit();
  }
  await wb.commit();
  return counts;
}
