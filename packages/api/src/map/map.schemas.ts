// zod schemas of docs/api-contract.md § Map. Query parameters of the features route arrive as text and are parsed
// by the domain (parseBbox, parseLayers …) so a bad one answers with its own code naming the parameter.
import { z } from 'zod';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);

export const featuresQuery = z.object({
  bbox: text(200).optional(),
  layers: text(300).optional(),
  zoom: text(10).optional(),
  cluster: text(10).optional(),
  level: text(100).optional(),
  grade: text(50).optional(),
  activity: text(50).optional(),
  status: text(50).optional(),
  category: text(50).optional(),
  territoryId: text(100).optional(),
});

const geometry = z.looseObject({ type: z.string() });
export const featureCollection = z.looseObject({
  type: z.literal('FeatureCollection'),
  // Features are passed through unchecked: a 100,000-point answer validated feature by feature costs more than the query.
  features: z.array(z.unknown()).describe('GeoJSON Features; properties.layer and properties.id on each'),
  meta: z.object({ layers: z.record(z.string(), z.object({ total: z.number(), clustered: z.boolean() })), bbox: z.array(z.number()) }),
});
export const boundaryFeature = z.looseObject({
  type: z.literal('Feature'), geometry,
  properties: z.object({ id: z.string(), name: z.string(), source: z.string(), licence: z.string(), coordInput: z.string(), precisionNote: z.string() }),
});

export const ringQuery = z.object({
  unitId: id.optional(), enterpriseId: id.optional(),
  lng: z.coerce.number().min(-180).max(180).optional(), lat: z.coerce.number().min(-90).max(90).optional(),
  radius: z.coerce.number().min(50).max(5000).default(500),
});
export const ringResponse = z.object({
  centre: z.array(z.number()), radius: z.number(), population: z.number(),
  targets: z.array(z.object({ id: z.string(), name: z.string(), category: z.string().nullable(), population: z.number().nullable(), distance: z.number() })),
});

const problem = z.object({ field: z.string(), code: z.string(), message: z.string() });
export const importQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });
export const layerImportQuery = importQuery.extend({ layer: z.enum(['sensitive_target', 'pipeline', 'chemical_park']) });
export const importResponse = z.union([
  z.object({
    features: z.array(z.object({
      index: z.number(), organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable().optional(), name: z.string(),
      area_km2: z.number().nullable().optional(), ok: z.boolean(), problems: z.array(problem),
    })),
    errors: z.array(z.object({ row: z.number(), field: z.string(), code: z.string(), message: z.string() })),
    preview: z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
  }),
  z.object({ imported: z.number() }),
]);

export const layersQuery = z.object({
  layer: z.enum(['sensitive_target', 'pipeline', 'chemical_park']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const layersResponse = z.object({
  items: z.array(z.object({
    id: z.string(), layer: z.string(), category: z.string().nullable(), name: z.string(), territory: z.object({ id: z.string(), name: z.string() }).nullable(),
    population: z.number().nullable(), source: z.string(), createdAt: z.string(),
  })),
  total: z.number(), page: z.number(), pageSize: z.number(),
});
export const featureParams = z.object({ id });

export const tiles = z.object({
  enabled: z.boolean(), urlTemplate: text(500), attribution: text(500), subdomains: text(50), coordSystem: z.enum(['wgs84', 'gcj02']),
});
export const settingsBody = z.object({ tiles });
export const settingsResponse = z.object({ tiles });
export const noContent = z.null().describe('No content');
