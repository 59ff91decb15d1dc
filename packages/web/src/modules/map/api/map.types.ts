// The map API's shapes (docs/api-contract.md, "Map"). Everything is WGS-84 GeoJSON, [lng, lat].
import type { CoordSystem, FeatureLayer, MapLayer } from '@hazgov/domain/map/types';
import type { RiskLevel } from '@hazgov/domain/risk/types';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type MapFeatureProps = {
  layer: MapLayer;
  id: string;
  cluster?: boolean;
  count?: number;
  /** A cluster's worst: a level (risk points, enterprises, areas) or a grade 1–4 (major hazards). */
  worst?: RiskLevel | number | string | null;
  name?: string;
  level?: RiskLevel | null;
  status?: string;
  grade?: number | null;
  r?: number | string | null;
  activities?: string[];
  territoryName?: string;
  worstGrade?: number | null;
  worstLevel?: RiskLevel | null;
  enterpriseId?: string | null;
  enterpriseName?: string | null;
  reviewLate?: boolean;
  category?: string | null;
  population?: number | null;
  kind?: string;
  score?: number | null;
  supervisionMonths?: number | null;
};
export type MapFeature = Feature<Geometry, MapFeatureProps>;
export type MapFeatureCollection = FeatureCollection<Geometry, MapFeatureProps> & {
  meta?: { layers: Partial<Record<MapLayer, { total: number; clustered: boolean }>>; bbox?: number[] };
};

export type FeaturesQuery = {
  bbox: string;
  layers: string;
  zoom: number;
  cluster: 'auto' | 'off';
  level?: string;
  grade?: string;
  activity?: string;
  status?: string;
  category?: string;
  territoryId?: string;
};

export type BoundaryProps = { name: string; source: string; licence: string; coordInput: string; precisionNote: string };
export type Boundary = Feature<Geometry, BoundaryProps>;

export type RingTarget = { id: string; name: string; category: string; population: number | null; distance: number };
export type Ring = { centre: [number, number]; radius: number; targets: RingTarget[]; population: number };
export type RingQuery = { unitId?: string; enterpriseId?: string; lng?: number; lat?: number; radius?: number };

export type TileSettings = { enabled: boolean; urlTemplate: string; attribution: string; subdomains: string; coordSystem: CoordSystem };
export type MapSettings = { tiles: TileSettings };

export type ImportProblem = { field: string; code: string; message: string };
export type ImportFeatureRow = {
  index: number;
  organisation: { id: string; name: string; kind: string } | null;
  name: string;
  area_km2?: number | null;
  ok: boolean;
  problems: ImportProblem[];
};
export type ImportError = { row: number; field: string; code: string; message: string };
export type ImportPreview = { features: ImportFeatureRow[]; errors: ImportError[]; preview: FeatureCollection };
export type ImportDone = { imported: number };

export type LayerItem = {
  id: string;
  layer: FeatureLayer;
  category: string | null;
  name: string;
  territory: { id: string; name: string } | string | null;
  population: number | null;
  source: string | null;
  createdAt: string;
};
export type LayerList = { items: LayerItem[]; total: number };
