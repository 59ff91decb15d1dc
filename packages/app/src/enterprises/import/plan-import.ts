// Turns the checked rows into a WritePlan. An enterprise is matched by its credit code: a new code creates the
// organisation row and the enterprise row (data rules of the issue-3 brief: parent = grid cell, else territory;
// children copy the path); a code already registered in the actor's jurisdiction UPDATES that enterprise — its
// fields from the 企业 sheet (when it is there), its units and inventories by unit name (plan-unit-writes.ts) and
// its licences by kind + number (a licence not in the file is kept). A territory or grid change moves it. An
// enterprise whose every value is already stored is counted unchanged and not written, so re-importing an export
// changes nothing. One audit entry per enterprise written.
import { childPath } from '@hazgov/domain/orgs/scope';
import type { CheckedImport, Contact, EnterpriseRecord, ImportLookups, LicenceRecord, LineRecord, UnitRecord } from './import-model.js';
import { planUnits } from './plan-unit-writes.js';
import { emptyPlan, type WritePlan } from './write-plan.js';

type Fields = {
  name: string; legal_representative: string | null; address: string | null; lng: number | null; lat: number | null; coord_input: string | null;
  industry: string | null; activities: string; status: string; in_chemical_park: number; chemical_park: string | null; staff_count: number | null;
  contacts_json: string; key_processes: string;
};

const contactsJson = (contacts: readonly Contact[]): string => JSON.stringify(contacts.map((c) => ({ duty: c.duty, name: c.name, phone: c.phone ?? null })));
const sortedJson = (json: string): string => { try { return JSON.stringify([...(JSON.parse(json) as string[])].sort()); } catch { return json; } };
const normalContacts = (json: string): string => { try { return contactsJson(JSON.parse(json) as Contact[]); } catch { return json; } };

function fieldsOf(rec: EnterpriseRecord): Fields {
  return {
    name: rec.name, legal_representative: rec.legalRepresentative, address: rec.address, lng: rec.location?.lng ?? null, lat: rec.location?.lat ?? null,
    coord_input: rec.location?.input ?? null, industry: rec.industry, activities: JSON.stringify(rec.activities), status: rec.status,
    in_chemical_park: rec.inChemicalPark ? 1 : 0, chemical_park: rec.chemicalPark, staff_count: rec.staffCount, contacts_json: contactsJson(rec.contacts),
    key_processes: JSON.stringify(rec.keyProcesses),
  };
}

/** The fields whose stored value differs; coordinates typed again in WGS-84 as exported keep the stored input system. */
function changedFields(stored: Fields, next: Fields): (keyof Fields)[] {
  const sameValue = (k: keyof Fields): boolean => {
    if (k === 'activities') return sortedJson(stored.activities) === sortedJson(next.activities);
    if (k === 'contacts_json') return normalContacts(stored.contacts_json) === next.contacts_json;
    if (k === 'coord_input') return stored.lng === next.lng && stored.lat === next.lat && (next.coord_input === 'wgs84' || stored.coord_input === next.coord_input);
    return stored[k] === next[k];
  };
  return (Object.keys(next) as (keyof Fields)[]).filter((k) => !sameValue(k));
}

function groupBy<T extends { uscc: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.uscc, [...(m.get(r.uscc) ?? []), r]);
  return m;
}

export function planImport(checked: CheckedImport, lookups: ImportLookups, ctx: { at: string; newId: () => string; onEnterprise?: () => void }): WritePlan {
  const plan = emptyPlan();
  const { at, newId } = ctx;
  const records = new Map(checked.enterprises.map((e) => [e.uscc, e]));
  const unitsOf = groupBy<UnitRecord>(checked.units);
  const linesOf = groupBy<LineRecord>(checked.lines);
  const licencesOf = groupBy<LicenceRecord>(checked.licences);
  const usccs = [...new Set([...records.keys(), ...unitsOf.keys(), ...linesOf.keys(), ...licencesOf.keys()])];

  for (const uscc of usccs) {
    ctx.onEnterprise?.();
    const rec = records.get(uscc);
    const stored = lookups.existing.get(uscc);
    const details = stored ? lookups.details.get(stored.id) ?? null : null;
    const parent = rec ? rec.grid ?? rec.territory : null;
    let id: string; let organisationId: string; let path: string; let name: string; let territoryId: string;
    const changes: string[] = [];
    let before: Record<string, unknown> | null = null;
    let nextFields: Fields | null = null;

    if (!stored) {
      if (!rec || !parent) continue; // cannot happen: rows under an unknown enterprise were refused
      id = newId(); organisationId = `ent-${newId()}`; path = childPath(parent.path, organisationId); name = rec.name; territoryId = rec.territory.id;
      plan.organisations.push({ id: organisationId, parent_id: parent.id, kind: 'enterprise', code: uscc, name: rec.name, name_en: null, path, sort: 0, created_at: at });
      plan.enterprises.push({
        id, organisation_id: organisationId, path, territory_id: territoryId, grid_id: rec.grid?.id ?? null, uscc, ...fieldsOf(rec),
        declaration_status: 'none', is_demo: 0, version: 1, created_at: at, updated_at: at,
      });
    } else {
      id = stored.id; organisationId = stored.organisation_id; path = stored.path; name = stored.name; territoryId = stored.territory_id;
      if (rec && parent && (stored.territory_id !== rec.territory.id || stored.grid_id !== (rec.grid?.id ?? null))) {
        path = childPath(parent.path, organisationId);
        territoryId = rec.territory.id;
        plan.moves.push({ enterpriseId: id, organisationId, parentId: parent.id, path });
        changes.push('territory_id', 'grid_id');
      }
      if (rec) {
        const next = fieldsOf(rec);
        const changed = changedFields(stored, next);
        if (changed.length > 0) {
          nextFields = { ...next, coord_input: changed.includes('coord_input') ? next.coord_input : stored.coord_input };
          changes.push(...changed);
          before = Object.fromEntries(changed.map((k) => [k, stored[k]]));
          if (changed.includes('name')) plan.organisationChanges.push({ id: organisationId, set: { name: next.name } });
          name = next.name;
        }
      }
    }

    const units = planUnits(plan, { enterpriseId: id, enterpriseName: name, territoryId, path }, {
      units: unitsOf.get(uscc) ?? [], lines: new Map(groupByUnit(linesOf.get(uscc) ?? [])),
    }, details, ctx);
    const licences = planLicences(plan, { enterpriseId: id, path }, licencesOf.get(uscc) ?? [], details, at, newId);

    if (!stored) {
      plan.result.created.enterprises += 1;
    } else if (changes.length === 0 && units.length === 0 && licences.length === 0) {
      plan.result.unchanged.enterprises += 1;
      continue;
    } else {
      const set: Record<string, unknown> = { version: stored.version + 1, updated_at: at };
      if (nextFields) Object.assign(set, nextFields);
      if (plan.moves.at(-1)?.enterpriseId === id && rec) Object.assign(set, { territory_id: rec.territory.id, grid_id: rec.grid?.id ?? null });
      plan.enterpriseChanges.push({ id, set });
      plan.result.updated.enterprises += 1;
    }
    plan.audits.push({
      entityId: id,
      before: stored ? { version: stored.version, ...(before ? { fields: before } : {}) } : null,
      after: { import: stored ? 'updated' : 'created', name, uscc, territoryId, ...(changes.length > 0 ? { changed: changes } : {}), units, licences },
    });
  }
  plan.result.enterprises = plan.result.created.enterprises + plan.result.updated.enterprises;
  plan.result.units = plan.result.created.units + plan.result.updated.units;
  return plan;
}

function groupByUnit(lines: readonly LineRecord[]): [string, LineRecord[]][] {
  const m = new Map<string, LineRecord[]>();
  for (const l of lines) m.set(l.unit, [...(m.get(l.unit) ?? []), l]);
  return [...m];
}

function planLicences(plan: WritePlan, owner: { enterpriseId: string; path: string }, rows: readonly LicenceRecord[], details: { licences: { id: string; kind: string; number: string; scope: string | null; issuer: string | null; issued_on: string | null; expires_on: string }[] } | null, at: string, newId: () => string): { kind: string; number: string; change: string }[] {
  const out: { kind: string; number: string; change: string }[] = [];
  for (const l of rows) {
    const stored = details?.licences.find((x) => x.kind === l.kind && x.number === l.number);
    const values = { scope: l.scope, issuer: l.issuer, issued_on: l.issuedOn, expires_on: l.expiresOn };
    if (!stored) {
      plan.licences.push({ id: newId(), enterprise_id: owner.enterpriseId, path: owner.path, kind: l.kind, number: l.number, ...values, created_at: at });
      plan.result.created.licences += 1;
      out.push({ kind: l.kind, number: l.number, change: 'created' });
    } else if ((Object.keys(values) as (keyof typeof values)[]).some((k) => values[k] !== stored[k])) {
      plan.licenceChanges.push({ id: stored.id, set: values });
      plan.result.updated.licences += 1;
      out.push({ kind: l.kind, number: l.number, change: 'updated' });
    } else plan.result.unchanged.licences += 1;
  }
  return out;
}
