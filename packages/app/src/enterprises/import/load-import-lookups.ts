// The database facts an import is checked against, read once per import: every territory and grid cell (by name
// and by id), the enterprises whose credit codes the file names, the children of those in the actor's
// jurisdiction, and the active chemical catalog's classifications.
import { chemicalNameKey } from '@hazgov/domain/chemicals/chemical-name';
import { parseCasNumber } from '@hazgov/domain/chemicals/cas-number';
import { parseUscc } from '@hazgov/domain/enterprises/uscc';
import { enterpriseScopeOf, inScope, type Actor } from '@hazgov/domain/orgs/scope';
import type { Db } from '@hazgov/db/database';
import { findEnterprisesByUscc, listActiveCatalogEntries, listPlaces, loadEnterpriseChildren } from '@hazgov/db/enterprises-import/import-lookups.repository';
import type { CatalogIndex, ExistingDetails, ImportLookups, Place } from './import-model.js';
import type { RawWorkbook } from './read-enterprise-workbook.js';
import { loadDistrictCheck } from '../../map/inside-district.js';

function usccsOf(workbook: RawWorkbook): string[] {
  const out = new Set<string>();
  for (const rows of Object.values(workbook)) {
    for (const r of rows) {
      const parsed = parseUscc(String(r.cells.uscc ?? ''));
      if (parsed.ok) out.add(parsed.uscc);
    }
  }
  return [...out];
}

async function catalogIndex(db: Db): Promise<CatalogIndex> {
  const byName = new Map<string, string | null>();
  const byCas = new Map<string, string | null>();
  for (const e of await listActiveCatalogEntries(db)) {
    let aliases: string[] = [];
    try { aliases = JSON.parse(e.aliases) as string[]; } catch { /* a malformed alias list names nothing */ }
    for (const name of [e.name, ...aliases]) if (!byName.has(chemicalNameKey(name))) byName.set(chemicalNameKey(name), e.hazard_symbols);
    const cas = e.cas ? parseCasNumber(e.cas) : null;
    if (cas?.ok && !byCas.has(cas.cas)) byCas.set(cas.cas, e.hazard_symbols);
  }
  return { byName, byCas };
}

export async function loadImportLookups(db: Db, actor: Actor, workbook: RawWorkbook): Promise<ImportLookups> {
  const scope = enterpriseScopeOf(actor);
  const territories = new Map<string, Place>();
  const grids = new Map<string, Place>();
  for (const p of await listPlaces(db)) {
    const place: Place = { id: p.id, name: p.name, kind: p.kind === 'grid' ? 'grid' : 'territory', path: p.path, parentId: p.parent_id };
    const into = place.kind === 'grid' ? grids : territories;
    into.set(p.id, place);
    if (!into.has(p.name)) into.set(p.name, place);
  }
  const existing = new Map((await findEnterprisesByUscc(db, usccsOf(workbook))).map((e) => [e.uscc, e]));
  const inScopeIds = [...existing.values()].filter((e) => inScope(scope, e.path)).map((e) => e.id);
  const children = await loadEnterpriseChildren(db, inScopeIds);
  const details = new Map<string, ExistingDetails>(inScopeIds.map((id) => [id, { units: [], lines: [], licences: [], sites: [], registerUnitIds: new Set() }]));
  for (const u of children.units) details.get(u.enterprise_id)?.units.push(u);
  for (const l of children.lines) details.get(l.enterprise_id)?.lines.push(l);
  for (const l of children.licences) details.get(l.enterprise_id)?.licences.push(l);
  for (const s of children.sites) details.get(s.enterprise_id)?.sites.push(s);
  const unitOwner = new Map(children.units.map((u) => [u.id, u.enterprise_id]));
  for (const id of children.registerUnitIds) details.get(unitOwner.get(id) ?? '')?.registerUnitIds.add(id);
  return {
    territories, grids, existing, details, catalog: await catalogIndex(db), insideDistrict: await loadDistrictCheck(db), inScope: (path) => inScope(scope, path),
  };
}
