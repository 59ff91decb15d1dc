// GET /api/map/features: the layers asked for inside a bounding box, as one GeoJSON FeatureCollection (WGS-84),
// scoped to the caller's jurisdiction. Each point layer is counted first; above CLUSTER_THRESHOLD in view (and unless
// the caller says cluster=off) it comes back as server-side clusters of ~60 screen pixels at the zoom asked for.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import * as repo from '@hazgov/db/map/features.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { CLUSTER_THRESHOLD, clusterCellDegrees, zoomForBbox } from '@hazgov/domain/map/cluster';
import type { BBox, MapLayer } from '@hazgov/domain/map/types';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { riskLevels, type RiskLevel } from '@hazgov/domain/risk/types';
import type { AppContext } from '../shared/context.js';
import { chinaDateOf } from '../plans/china-date.js';

export type MapFeaturesQuery = {
  bbox: BBox; layers: readonly MapLayer[]; zoom?: number | undefined; cluster: 'auto' | 'off';
  filters: Omit<repo.MapFilters, 'underPath'>; territoryId?: string | undefined;
};
export type LayerMeta = { total: number; clustered: boolean };
export type MapFeatureCollection = FeatureCollection & { meta: { layers: Partial<Record<MapLayer, LayerMeta>>; bbox: [number, number, number, number] } };

const levelOfRank = (rank: number | null): RiskLevel | null => (rank === null ? null : riskLevels[rank - 1] ?? null);
const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });

function parseList(json: string): string[] {
  try { const v: unknown = JSON.parse(json); return Array.isArray(v) ? v.map(String) : []; } catch { return []; }
}

type PointLayer = {
  count: (q: repo.LayerQuery, cap: number) => Promise<number>;
  rows: (q: repo.LayerQuery) => Promise<Feature[]>;
  clusters: (q: repo.LayerQuery, cell: number) => Promise<repo.ClusterRow[]>;
  /** a cluster's `worst`: a level name for risk points, a grade number for major hazards */
  worst: (v: number | null) => string | number | null;
};

function pointLayers(db: AppContext['database']['db']): Partial<Record<MapLayer, PointLayer>> {
  return {
    enterprises: {
      count: (q, cap) => repo.countEnterprises(db, q, cap),
      rows: async (q) => (await repo.enterprisePoints(db, q)).map((r) => feature(point(r.lng, r.lat), {
        layer: 'enterprises', id: r.id, name: r.name, activities: parseList(r.activities), status: r.status, territoryName: r.territory_name,
        worstGrade: r.worst_grade, worstLevel: levelOfRank(r.worst_level_rank),
      })),
      clusters: (q, cell) => repo.enterpriseClusters(db, q, cell),
      worst: (v) => v, // the worst major-hazard grade of the cell's enterprises
    },
    major_hazards: {
      count: (q, cap) => repo.countMajorHazards(db, q, cap),
      rows: async (q) => (await repo.majorHazardPoints(db, q)).map((r) => feature(point(r.lng, r.lat), {
        layer: 'major_hazards', id: r.id, enterpriseId: r.enterprise_id, enterpriseName: r.enterprise_name, name: r.name, grade: r.grade, r: r.r,
      })),
      clusters: (q, cell) => repo.majorHazardClusters(db, q, cell),
      worst: (v) => v,
    },
    risk_points: {
      count: (q, cap) => repo.countRiskPoints(db, q, cap),
      rows: async (q) => (await repo.riskPointPoints(db, q)).map((r) => feature(point(r.lng, r.lat), {
        layer: 'risk_points', id: r.id, name: r.name, level: r.level, status: r.status, enterpriseId: r.enterprise_id, enterpriseName: r.enterprise_name, reviewLate: r.review_late,
      })),
      clusters: (q, cell) => repo.riskPointClusters(db, q, cell),
      worst: (v) => levelOfRank(v),
    },
    sensitive_targets: {
      count: (q, cap) => repo.countFeatures(db, 'sensitive_target', q, cap),
      rows: async (q) => (await repo.featureRows(db, 'sensitive_target', q)).map((r) => feature(JSON.parse(r.geometry_json) as Geometry, {
        layer: 'sensitive_targets', id: r.id, name: r.name, category: r.category, population: r.population,
      })),
      clusters: (q, cell) => repo.featureClusters(db, 'sensitive_target', q, cell),
      worst: () => null,
    },
  };
}

const shapeLayers: Partial<Record<MapLayer, string>> = { pipelines: 'pipeline', chemical_parks: 'chemical_park' };

export async function getMapFeatures(ctx: AppContext, opts: { actor: Actor; query: MapFeaturesQuery }): Promise<MapFeatureCollection> {
  const db = ctx.database.db;
  const { bbox, layers, cluster } = opts.query;
  let underPath: string | undefined;
  if (opts.query.territoryId) {
    const org = await findOrganisationById(db, opts.query.territoryId);
    underPath = org ? org.path : '/\u0000nowhere/'; // an unknown organisation matches nothing
  }
  const q: repo.LayerQuery = { scope: enterpriseScopeOf(opts.actor), bbox, filters: { ...opts.query.filters, underPath }, today: chinaDateOf(ctx.now()) };
  const cell = clusterCellDegrees(opts.query.zoom ?? zoomForBbox(bbox.maxLng - bbox.minLng));
  const points = pointLayers(db);
  const features: Feature[] = [];
  const meta: Partial<Record<MapLayer, LayerMeta>> = {};
  for (const layer of layers) {
    const pl = points[layer];
    if (pl) {
      // counting stops past the threshold: beyond it the clusters' counts give the total in the same pass
      const clustered = cluster !== 'off' && (await pl.count(q, CLUSTER_THRESHOLD)) > CLUSTER_THRESHOLD;
      if (clustered) {
        let total = 0;
        for (const c of await pl.clusters(q, cell)) {
          total += c.count;
          features.push(feature(point(c.lng, c.lat), { layer, id: `cluster:${layer}:${c.lng.toFixed(6)},${c.lat.toFixed(6)}`, cluster: true, count: c.count, worst: pl.worst(c.worst) }));
        }
        meta[layer] = { total, clustered };
      } else {
        const rows = await pl.rows(q);
        meta[layer] = { total: rows.length, clustered };
        features.push(...rows);
      }
    } else if (layer === 'areas') {
      const rows = await repo.areaRows(db, q);
      meta[layer] = { total: rows.length, clustered: false };
      for (const r of rows) {
        features.push(feature(JSON.parse(r.geometry_json) as Geometry, { layer, id: r.id, name: r.name, kind: r.kind, level: r.level, score: r.score, supervisionMonths: r.supervision_months }));
      }
    } else {
      const stored = shapeLayers[layer]!;
      const rows = await repo.featureRows(db, stored, q);
      meta[layer] = { total: rows.length, clustered: false };
      for (const r of rows) features.push(feature(JSON.parse(r.geometry_json) as Geometry, { layer, id: r.id, name: r.name, category: r.category, population: r.population }));
    }
  }
  return { type: 'FeatureCollection', features, meta: { layers: meta, bbox: [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat] } };
}
