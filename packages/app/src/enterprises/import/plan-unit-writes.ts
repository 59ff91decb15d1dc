// The units of one enterprise as the file gives them. A unit is matched by name: a new name creates a unit; an
// existing one takes the file's fields, and — when the 存储物料 sheet has rows for it — the file's lines replace
// its inventory (a unit listed without inventory rows keeps its stored lines). Units the file does not name are
// left alone. Every unit written is queued for identification (identify-units.ts), as recomputeUnit follows every
// inventory write; a unit whose fields and lines are already stored is not written at all.
import type { IdentificationSummary } from '../../major-hazards/recompute-unit.js';
import type { ExistingDetails, LineRecord, LineValues, UnitRecord } from './import-model.js';
import type { UnitOutcome, WritePlan } from './write-plan.js';

export type UnitOwner = { enterpriseId: string; enterpriseName: string; territoryId: string; path: string };

const LINE_KEYS = [
  'chemical_name', 'cas', 'table1_serial', 'outside_table1', 'hazard_symbols', 'beta_symbol', 'quantity', 'quantity_unit', 'density',
  'density_unit', 'physical_state', 'container_type',
] as const satisfies readonly (keyof LineValues)[];

export const lineValuesOf = (row: LineValues): LineValues => Object.fromEntries(LINE_KEYS.map((k) => [k, row[k] ?? null])) as LineValues;
const sameLines = (a: readonly LineValues[], b: readonly LineValues[]): boolean =>
  a.length === b.length && a.every((line, i) => LINE_KEYS.every((k) => (line[k] ?? null) === (b[i]?.[k] ?? null)));

const summaryOf = (c: { ident_status: string; s_exact: string | null; is_major_hazard: number; r_exact: string | null; grade: number | null }): IdentificationSummary => ({
  status: c.ident_status, S: c.s_exact, isMajorHazard: c.is_major_hazard === 1, R: c.r_exact, grade: c.grade,
});

export function planUnits(
  plan: WritePlan,
  owner: UnitOwner,
  file: { units: readonly UnitRecord[]; lines: ReadonlyMap<string, readonly LineRecord[]> },
  details: ExistingDetails | null,
  ctx: { at: string; newId: () => string },
): UnitOutcome[] {
  const existingUnits = new Map((details?.units ?? []).map((u) => [u.name, u]));
  const storedLines = new Map<string, LineValues[]>();
  for (const l of details?.lines ?? []) storedLines.set(l.unit_id, [...(storedLines.get(l.unit_id) ?? []), lineValuesOf(l)]);
  const siteIds = new Map((details?.sites ?? []).map((s) => [s.name, s.id]));
  let nextSort = Math.max(0, ...(details?.units ?? []).map((u) => u.sort + 1));
  let nextSiteSort = Math.max(0, ...(details?.sites ?? []).map((s) => s.sort + 1));
  const siteIdOf = (name: string): string => {
    const known = siteIds.get(name);
    if (known) return known;
    const id = ctx.newId();
    siteIds.set(name, id);
    plan.sites.push({ id, enterprise_id: owner.enterpriseId, path: owner.path, name, address: null, lng: null, lat: null, sort: nextSiteSort++ });
    plan.result.created.sites += 1;
    return id;
  };

  const names = [...file.units.map((u) => u.name), ...[...file.lines.keys()].filter((n) => !file.units.some((u) => u.name === n))];
  const outcomes: UnitOutcome[] = [];
  for (const name of names) {
    const fileUnit = file.units.find((u) => u.name === name);
    const fileLines = file.lines.get(name)?.map((l) => l.values);
    const stored = existingUnits.get(name);
    if (!fileUnit && !stored) continue; // cannot happen: the checks require the unit on the sheet or in the database
    const fields = fileUnit
      ? { kind: fileUnit.kind, facility: fileUnit.facility, site_id: fileUnit.site ? siteIdOf(fileUnit.site) : null, lng: fileUnit.location?.lng ?? null, lat: fileUnit.location?.lat ?? null, population_500m: fileUnit.population }
      : { kind: stored!.kind, facility: stored!.facility, site_id: stored!.site_id, lng: stored!.lng, lat: stored!.lat, population_500m: stored!.population_500m };
    const before = stored ? storedLines.get(stored.id) ?? [] : [];
    let lines: readonly LineValues[] = fileLines ?? before;
    if (stored) {
      const fieldsChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => fields[k] !== stored[k]);
      if (!fieldsChanged && (!fileLines || sameLines(before, fileLines))) {
        plan.result.unchanged.units += 1;
        continue;
      }
    }
    const populationSource = fields.population_500m === null ? null : stored && stored.population_500m === fields.population_500m ? stored.population_source : 'entered';
    const unitId = stored?.id ?? ctx.newId();
    if (stored) {
      plan.unitChanges.push({ id: unitId, set: { ...fields, population_source: populationSource } });
      plan.result.updated.units += 1;
    } else {
      plan.units.push({ id: unitId, enterprise_id: owner.enterpriseId, path: owner.path, name, ...fields, population_source: populationSource, sort: nextSort++ });
      plan.result.created.units += 1;
    }
    if (fileLines) {
      if (stored) plan.replacedLineUnits.push(unitId);
      const rows = fileLines.map((values, i) => ({ id: ctx.newId(), unit_id: unitId, enterprise_id: owner.enterpriseId, path: owner.path, sort: i, ...values }));
      plan.lines.push(...rows);
      lines = rows; // the rows to insert carry every value the identification reads: no second copy is kept
      plan.result.lines += rows.length;
    }
    const outcome: UnitOutcome = { name, change: stored ? 'updated' : 'created', lines: lines.length, status: null, S: null, grade: null };
    plan.identify.push({
      unitId, unitName: name, enterpriseId: owner.enterpriseId, enterpriseName: owner.enterpriseName, territoryId: owner.territoryId, path: owner.path,
      lines, population: fields.population_500m, prior: stored ? summaryOf(stored) : null, registered: stored ? details?.registerUnitIds.has(stored.id) ?? false : false, outcome,
    });
    outcomes.push(outcome);
  }
  return outcomes;
}
