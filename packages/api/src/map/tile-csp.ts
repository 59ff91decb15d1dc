// The page's Content-Security-Policy lets images come only from the platform itself — unless the admin switched on a
// tile layer: then its origin is added to img-src. The directive is read on every response, so saving the settings
// takes effect at once without a restart. One holder per server instance (tests run several).
import type { Db } from '@hazgov/db/database';
import { getMapSettings, tileImageSource, type TileSettings } from '@hazgov/app/map/map-settings';

export type TileCsp = { imgSrc: () => string; set: (tiles: TileSettings) => void; load: (db: Db) => Promise<void> };

export function createTileCsp(): TileCsp {
  let source: string | null = null;
  const set = (tiles: TileSettings): void => { source = tileImageSource(tiles); };
  return {
    // a directive value must not be empty: "'self'" repeats what the list already allows
    imgSrc: () => source ?? "'self'",
    set,
    load: async (db) => set((await getMapSettings(db)).tiles),
  };
}
