// Writes an enterprise's parts back to a saved state (declaration copy-forward): licences and inventory lines are
// replaced whole; sites and units are matched by id (kept ids keep their register rows), missing ones inserted and
// extra ones deleted, in an order the foreign keys accept. Every row takes the enterprise's CURRENT path.
import type { Db } from '../database.js';
import type { EnterpriseRow } from './enterprises.repository.js';
import type { LicenceRow, SiteRow, UnitRow } from './enterprise-parts.repository.js';
import type { InventoryLineRow } from './inventory.repository.js';

export async function restoreEnterpriseParts(db: Db, r: {
  enterprise: EnterpriseRow; fields: Partial<EnterpriseRow>; at: string;
  licences: readonly LicenceRow[]; sites: readonly SiteRow[]; units: readonly UnitRow[]; lines: readonly InventoryLineRow[];
}): Promise<void> {
  const { id, path } = r.enterprise;
  const { id: _id, path: _path, version: _v, ...fields } = r.fields;
  await db.updateTable('enterprises').set({ ...fields, version: r.enterprise.version + 1, updated_at: r.at }).where('id', '=', id).execute();
  await db.deleteFrom('enterprise_licences').where('enterprise_id', '=', id).execute();
  if (r.licences.length > 0) await db.insertInto('enterprise_licences').values(r.licences.map((l) => ({ ...l, enterprise_id: id, path }))).execute();
  await db.deleteFrom('inventory_lines').where('enterprise_id', '=', id).execute();

  const siteIds = new Set(r.sites.map((s) => s.id));
  const existingSites = new Set((await db.selectFrom('enterprise_sites').select('id').where('enterprise_id', '=', id).execute()).map((s) => s.id));
  for (const s of r.sites) {
    if (existingSites.has(s.id)) await db.updateTable('enterprise_sites').set({ ...s, enterprise_id: id, path }).where('id', '=', s.id).execute();
    else await db.insertInto('enterprise_sites').values({ ...s, enterprise_id: id, path }).execute();
  }
  const unitIds = new Set(r.units.map((u) => u.id));
  const existingUnits = (await db.selectFrom('enterprise_units').select('id').where('enterprise_id', '=', id).execute()).map((u) => u.id);
  const extraUnits = existingUnits.filter((u) => !unitIds.has(u));
  if (extraUnits.length > 0) {
    await db.deleteFrom('major_hazard_register').where('unit_id', 'in', extraUnits).execute();
    await db.deleteFrom('enterprise_units').where('id', 'in', extraUnits).execute();
  }
  for (const u of r.units) {
    const row = { ...u, enterprise_id: id, path };
    if (existingUnits.includes(u.id)) await db.updateTable('enterprise_units').set(row).where('id', '=', u.id).execute();
    else await db.insertInto('enterprise_units').values(row).execute();
  }
  const extraSites = [...existingSites].filter((s) => !siteIds.has(s));
  if (extraSites.length > 0) await db.deleteFrom('enterprise_sites').where('id', 'in', extraSites).execute();
  for (let i = 0; i < r.lines.length; i += 200) {
    await db.insertInto('inventory_lines').values(r.lines.slice(i, i + 200).map((l) => ({ ...l, enterprise_id: id, path }))).execute();
  }
}
