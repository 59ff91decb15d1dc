// The map's tile settings (GET/PUT /api/map/settings). Tiles are OFF by default: the map draws the boundary, areas and
// layers with no network at all. An admin may switch on a tile layer by URL template (e.g. 天地图 with a key); the
// template must be http(s) and carry {z}, {x} and {y}, and its coordinate system says whether the tiles are GCJ-02.
import { readMapTiles, writeMapTiles } from '@hazgov/db/map/map-settings.repository';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import type { Db } from '@hazgov/db/database';

export type TileSettings = { enabled: boolean; urlTemplate: string; attribution: string; subdomains: string; coordSystem: 'wgs84' | 'gcj02' };
export type MapSettings = { tiles: TileSettings };
export const defaultTiles: TileSettings = { enabled: false, urlTemplate: '', attribution: '', subdomains: '', coordSystem: 'wgs84' };

export async function getMapSettings(db: Db): Promise<MapSettings> {
  const row = await readMapTiles(db);
  if (!row) return { tiles: { ...defaultTiles } };
  try {
    return { tiles: { ...defaultTiles, ...(JSON.parse(row.value_json) as Partial<TileSettings>) } };
  } catch {
    return { tiles: { ...defaultTiles } };
  }
}

const bad = (field: string, code: string): AppError => new AppError(code, 'input', {}, [{ field, code }]);

export function checkTiles(t: TileSettings): TileSettings {
  const urlTemplate = t.urlTemplate.trim();
  if (t.enabled && urlTemplate === '') throw bad('tiles.urlTemplate', 'MAP_TILES_URL_REQUIRED');
  if (urlTemplate !== '') {
    if (!/^https?:\/\/[^\s/]+/i.test(urlTemplate)) throw bad('tiles.urlTemplate', 'MAP_TILES_URL_INVALID');
    if (!['{z}', '{x}', '{y}'].every((p) => urlTemplate.includes(p))) throw bad('tiles.urlTemplate', 'MAP_TILES_URL_PLACEHOLDERS');
    if (/[<>"'`\s]/.test(urlTemplate)) throw bad('tiles.urlTemplate', 'MAP_TILES_URL_INVALID');
  }
  if (!/^[a-z0-9,]*$/i.test(t.subdomains.trim())) throw bad('tiles.subdomains', 'MAP_TILES_SUBDOMAINS_INVALID');
  return { enabled: t.enabled, urlTemplate, attribution: t.attribution.trim(), subdomains: t.subdomains.trim(), coordSystem: t.coordSystem };
}

export async function saveMapSettings(ctx: AppContext, opts: { actor: Actor; settings: MapSettings }): Promise<MapSettings> {
  if (opts.actor.role !== 'district_admin') throw forbidden();
  const tiles = checkTiles(opts.settings.tiles);
  const at = ctx.now().toISOString();
  return inTransaction(ctx, async (trx) => {
    const before = await getMapSettings(trx);
    await writeMapTiles(trx, JSON.stringify(tiles), at, opts.actor.userId);
    await recordAudit(trx, { actor: opts.actor, action: 'map_settings.saved', entity: 'risk_settings', entityId: 'map_tiles', before, after: { tiles }, at });
    return { tiles };
  });
}

/**
 * The origin the browser must be allowed to load tile images from (the page's Content-Security-Policy img-src), or
 * null when tiles are off. A subdomain placeholder ({s}, as 天地图's t0…t7) becomes a wildcard label.
 */
export function tileImageSource(t: TileSettings): string | null {
  if (!t.enabled || t.urlTemplate === '') return null;
  const m = /^(https?):\/\/([^/?#]+)/i.exec(t.urlTemplate);
  if (!m) return null;
  const labels = m[2]!.split('.').map((label) => (/[{}]/.test(label) ? '*' : label));
  // CSP allows a wildcard only as the leftmost label: anything wider than one subdomain level is not trusted
  if (labels.slice(1).includes('*') || labels.length < 2 && labels[0] === '*') return null;
  return `${m[1]!.toLowerCase()}://${labels.join('.')}`;
}
