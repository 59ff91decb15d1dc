// The enterprise workbook for download: the import template (drop-downs filled with the user's territories and grid
// cells, one example row a sheet) and the export of the enterprises the list shows for the same filters — the same
// sheets, so an export can be edited and imported back (re-importing it unchanged changes nothing).
import { listPlaces, loadEnterpriseChildren } from '@hazgov/db/enterprises-import/import-lookups.repository';
import type { Db } from '@hazgov/db/database';
import { usccCheckCharacter } from '@hazgov/domain/enterprises/uscc';
import { enterpriseScopeOf, inScope, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import type { AppContext } from '../../shared/context.js';
import { isRegulator } from '../enterprise-access.js';
import { listEnterprises, type EnterpriseListItem, type EnterpriseListQuery } from '../list-enterprises.js';
import { writeEnterpriseWorkbook, type SheetRows, type WorkbookLists } from './write-enterprise-workbook.js';
import { EXAMPLE_MARK } from './workbook-layout.js';
import { enterpriseRow, licenceRow, lineRow, unitRow } from './workbook-rows.js';

/** An export is one workbook in memory; past this, the user is asked to filter (a territory, a grade …). */
export const MAX_EXPORT_ENTERPRISES = 50_000;
const PAGE = 1000;

/** Territories and grid cells the actor may put enterprises under (a grid-cell user: its cell and the cell's town). */
export async function workbookLists(db: Db, actor: Actor): Promise<WorkbookLists> {
  const scope = enterpriseScopeOf(actor);
  const places = await listPlaces(db);
  const grids = places.filter((p) => p.kind === 'grid' && inScope(scope, p.path));
  const territories = places.filter((p) => p.kind === 'territory' && (inScope(scope, p.path) || grids.some((g) => g.parent_id === p.id)));
  return { territories: territories.map((t) => t.name), grids: grids.map((g) => g.name) };
}

export async function enterpriseImportTemplate(ctx: AppContext, opts: { actor: Actor }): Promise<Buffer> {
  if (!isRegulator(opts.actor)) throw forbidden();
  const lists = await workbookLists(ctx.database.db, opts.actor);
  const first17 = '91440117MA59XXXX0'.replace(/X/g, '1');
  const uscc = `${EXAMPLE_MARK}${first17}${usccCheckCharacter(first17)}`;
  const territory = lists.territories[0] ?? '温泉镇';
  const rows: SheetRows = {
    enterprises: [{
      name: `${EXAMPLE_MARK}广州市从化某某化工有限公司`, uscc: uscc.slice(EXAMPLE_MARK.length), territory, grid: lists.grids.find((g) => g.startsWith(territory)) ?? null,
      legalRepresentative: '张三', address: '广州市从化区温泉镇某某路 1 号', lng: 113.5862, lat: 23.6371, crs: 'WGS-84', industry: '化工',
      activities: '储存,经营', status: '在产', inChemicalPark: '否', chemicalPark: null, staffCount: 45,
      contacts: '主要负责人 张三 13800000000；安全负责人 李四 13900000000', keyProcesses: null,
    }],
    units: [{ uscc, name: '液氨储罐区', kind: '储存单元', facility: '罐区', site: '一厂区', lng: 113.5865, lat: 23.6373, crs: 'WGS-84', population: 120 }],
    inventory: [{
      uscc, unit: '液氨储罐区', chemicalName: '氨', cas: '7664-41-7', table1Serial: null, outsideTable1: null, hazardSymbols: null, betaSymbol: null,
      quantity: 30, quantityUnit: 't', density: null, densityUnit: null, physicalState: '液化气体', containerType: '储罐',
    }],
    licences: [{ uscc, kind: '危险化学品经营许可证', number: '粤穗从安经字〔2024〕000001', scope: '氨（储存）', issuer: '广州市从化区应急管理局', issuedOn: new Date('2024-07-01T00:00:00Z'), expiresOn: new Date('2027-06-30T00:00:00Z') }],
  };
  return writeEnterpriseWorkbook(rows, lists);
}

async function enterprisesOf(ctx: AppContext, actor: Actor, query: Omit<EnterpriseListQuery, 'page' | 'pageSize'>): Promise<EnterpriseListItem[]> {
  const out: EnterpriseListItem[] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await listEnterprises(ctx, { actor, query: { ...query, page, pageSize: PAGE } });
    if (total > MAX_EXPORT_ENTERPRISES) throw new AppError('ENTERPRISE_EXPORT_TOO_LARGE', 'too_large', { count: total, limit: MAX_EXPORT_ENTERPRISES });
    out.push(...items);
    if (items.length < PAGE || out.length >= total) return out;
  }
}

export async function exportEnterprisesWorkbook(ctx: AppContext, opts: { actor: Actor; query: Omit<EnterpriseListQuery, 'page' | 'pageSize'> }): Promise<Buffer> {
  const db = ctx.database.db;
  const enterprises = await enterprisesOf(ctx, opts.actor, opts.query);
  const children = await loadEnterpriseChildren(db, enterprises.map((e) => e.id));
  const byEnterprise = new Map(enterprises.map((e) => [e.id, e]));
  const unitsById = new Map(children.units.map((u) => [u.id, u]));
  const sitesById = new Map(children.sites.map((s) => [s.id, s]));
  const usccOf = (enterpriseId: string): string => byEnterprise.get(enterpriseId)?.uscc ?? '';
  const order = new Map(enterprises.map((e, i) => [e.id, i]));
  const byOrder = <T extends { enterprise_id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (order.get(a.enterprise_id) ?? 0) - (order.get(b.enterprise_id) ?? 0));
  const units = byOrder(children.units);
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  const rows: SheetRows = {
    enterprises: enterprises.map((e) => enterpriseRow(e, { territory: e.territory_name, grid: e.grid_name })),
    units: units.map((u) => unitRow(usccOf(u.enterprise_id), u, u.site_id ? sitesById.get(u.site_id) : undefined)),
    inventory: [...children.lines].sort((a, b) => (unitOrder.get(a.unit_id) ?? 0) - (unitOrder.get(b.unit_id) ?? 0) || a.sort - b.sort)
      .map((l) => lineRow(usccOf(l.enterprise_id), unitsById.get(l.unit_id)?.name ?? '', l)),
    licences: byOrder(children.licences).map((l) => licenceRow(usccOf(l.enterprise_id), l)),
  };
  return writeEnterpriseWorkbook(rows, await workbookLists(db, opts.actor));
}
