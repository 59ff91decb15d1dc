// The 生产储存单元 and 证照 sheets: rows that hang under an enterprise named by its credit code, which must be on the
// 企业 sheet or already registered within the actor's jurisdiction (one outside it reads as unknown, as the
// enterprise list would answer). A unit is (credit code, unit name), unique in the sheet.
import { RowReader } from './cell-readers.js';
import { readLocation } from '@hazgov/domain/enterprises/location-input';
import { readLocationCells, readUscc, reportDomainProblems } from './check-enterprise-rows.js';
import type { ProblemList } from './import-problem.js';
import { unitKey, type ImportLookups, type LicenceRecord, type UnitRecord } from './import-model.js';
import type { RawRow } from './read-enterprise-workbook.js';

/** Is this credit code an enterprise the file may hang rows under? */
export type KnownEnterprise = (uscc: string) => boolean;

export function knownEnterprises(enterpriseRows: readonly RawRow[], lookups: ImportLookups): KnownEnterprise {
  const inFile = new Set(enterpriseRows.map((r) => String(r.cells.uscc ?? '').normalize('NFKC').trim().toUpperCase()));
  return (uscc) => {
    if (inFile.has(uscc)) return true;
    const existing = lookups.existing.get(uscc);
    return existing !== undefined && lookups.inScope(existing.path);
  };
}

export function readOwner(r: RowReader, known: KnownEnterprise): string | null {
  const uscc = readUscc(r);
  if (uscc === null) return null;
  if (!known(uscc)) {
    r.problem('uscc', 'ENTERPRISE_IMPORT_ENTERPRISE_UNKNOWN', { value: uscc });
    return null;
  }
  return uscc;
}

export function checkUnitRows(rows: readonly RawRow[], known: KnownEnterprise, problems: ProblemList): UnitRecord[] {
  const out: UnitRecord[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of rows) {
    const before = problems.size;
    const r = new RowReader('units', raw, problems);
    const uscc = readOwner(r, known);
    const name = r.text('name', { required: true, max: 200 });
    if (uscc !== null && name !== null) {
      const key = unitKey(uscc, name);
      const first = firstRowOf.get(key);
      if (first !== undefined) r.problem('name', 'ENTERPRISE_IMPORT_UNIT_DUPLICATE', { value: name, firstRow: first });
      else firstRowOf.set(key, raw.row);
    }
    const kind = r.choice('unitKind', 'kind', { required: true });
    const facility = r.choice('facility', 'facility');
    const site = r.text('site', { max: 200 });
    const typed = readLocationCells(r);
    const population = r.count('population');
    const location = typed ? readLocation(typed, 'lng') : { value: null, problems: [] };
    reportDomainProblems(r, location.problems);
    if (problems.size > before || uscc === null || name === null || !kind || facility === undefined || typed === undefined || population === undefined) continue;
    const at = location.value;
    out.push({ row: raw.row, uscc, name, kind, facility, site, location: at ? { lng: at.lng, lat: at.lat } : null, population });
  }
  return out;
}

export function checkLicenceRows(rows: readonly RawRow[], known: KnownEnterprise, problems: ProblemList): LicenceRecord[] {
  const out: LicenceRecord[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of rows) {
    const before = problems.size;
    const r = new RowReader('licences', raw, problems);
    const uscc = readOwner(r, known);
    const kind = r.choice('licenceKind', 'kind', { required: true });
    const number = r.text('number', { required: true, max: 100 });
    if (uscc !== null && kind && number !== null) {
      const key = `${uscc}\u0000${kind}\u0000${number}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) r.problem('number', 'ENTERPRISE_IMPORT_LICENCE_DUPLICATE', { value: number, firstRow: first });
      else firstRowOf.set(key, raw.row);
    }
    const scope = r.text('scope', { max: 1000 });
    const issuer = r.text('issuer', { max: 200 });
    const issuedOn = r.date('issuedOn');
    const expiresOn = r.date('expiresOn', { required: true });
    if (problems.size > before || uscc === null || !kind || number === null || issuedOn === undefined || !expiresOn) continue;
    out.push({ row: raw.row, uscc, kind, number, scope, issuer, issuedOn, expiresOn });
  }
  return out;
}
