// The map API: features in a view, the district boundary, the ring around a hazard, the tile settings, and the
// admin's imports (areas and layers; a dry run first, then all or nothing).
import type { CoordSystem, FeatureLayer } from '@hazgov/domain/map/types';
import { api, apiRequest } from '../../shared/api/client';
import type {
  Boundary, FeaturesQuery, ImportDone, ImportPreview, LayerList, MapFeatureCollection, MapSettings, Ring, RingQuery,
} from './map.types';

function importForm(file: File, crs: CoordSystem): FormData {
  const form = new FormData();
  form.append('crs', crs); // before the file: the server reads the fields it meets before the file part
  form.append('file', file, file.name);
  return form;
}

export const mapApi = {
  features: (q: FeaturesQuery, signal?: AbortSignal) => api.get<MapFeatureCollection>('/api/map/features', q, signal),
  boundary: (signal?: AbortSignal) => api.get<Boundary>('/api/map/boundary', undefined, signal),
  ring: (q: RingQuery, signal?: AbortSignal) => api.get<Ring>('/api/map/ring', q, signal),
  settings: (signal?: AbortSignal) => api.get<MapSettings>('/api/map/settings', undefined, signal),
  saveSettings: (body: MapSettings) => api.put<MapSettings>('/api/map/settings', body),
  importAreas: (file: File, crs: CoordSystem, dryRun: boolean) =>
    apiRequest<ImportPreview | ImportDone>('POST', '/api/map/areas/import', { query: dryRun ? { dryRun: 1 } : {}, body: importForm(file, crs) }),
  importLayer: (layer: FeatureLayer, file: File, crs: CoordSystem, dryRun: boolean) =>
    apiRequest<ImportPreview | ImportDone>('POST', '/api/map/layers/import', { query: { layer, ...(dryRun ? { dryRun: 1 } : {}) }, body: importForm(file, crs) }),
  layers: (q: { layer?: FeatureLayer; page?: number; pageSize?: number }, signal?: AbortSignal) => api.get<LayerList>('/api/map/layers', q, signal),
  deleteLayerFeature: (id: string) => api.del<void>(`/api/map/layers/${encodeURIComponent(id)}`),
};

export const mapUrls = {
  template: '/api/map/layers/template.xlsx',
  riskPoint: (id: string) => `/risk/points/${encodeURIComponent(id)}`,
  enterprise: (id: string) => `/enterprises/${encodeURIComponent(id)}`,
  majorHazard: (unitId: string) => `/major-hazards/${encodeURIComponent(unitId)}`,
};
