// GET /api/map/layers: the imported map features (pipelines, sensitive targets, chemical parks) page by page, newest
// first, scoped like every map read.
import { listFeatures } from '@hazgov/db/map/map-features.repository';
import type { FeatureLayer } from '@hazgov/domain/map/types';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';

export type LayerFeatureItem = {
  id: string; layer: string; category: string | null; name: string; territory: { id: string; name: string } | null;
  population: number | null; source: string; createdAt: string;
};

export async function listLayerFeatures(ctx: AppContext, opts: { actor: Actor; layer?: FeatureLayer | undefined; page: number; pageSize: number }): Promise<{ items: LayerFeatureItem[]; total: number }> {
  const { rows, total } = await listFeatures(ctx.database.db, { scope: enterpriseScopeOf(opts.actor), layer: opts.layer, page: opts.page, pageSize: opts.pageSize });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id, layer: r.layer, category: r.category, name: r.name,
      territory: r.territory_id ? { id: r.territory_id, name: r.territory_name ?? '' } : null,
      population: r.population === null ? null : Number(r.population), source: r.source, createdAt: r.created_at,
    })),
  };
}
