// The map's vocabulary. Every coordinate the platform stores or serves is WGS-84 (EPSG:4326, [lng, lat]); GCJ-02
// input (高德 / 腾讯 coordinates) is converted with gcoord on the way in and the row remembers it was converted.
export const mapLayers = ['enterprises', 'major_hazards', 'risk_points', 'pipelines', 'sensitive_targets', 'chemical_parks', 'areas'] as const;
export type MapLayer = (typeof mapLayers)[number];
/** Point layers are clustered on the server when a view holds more than the threshold. */
export const pointLayers: readonly MapLayer[] = ['enterprises', 'major_hazards', 'risk_points', 'sensitive_targets'];

export const featureLayers = ['pipeline', 'sensitive_target', 'chemical_park'] as const; // map_features.layer
export type FeatureLayer = (typeof featureLayers)[number];
export const sensitiveCategories = ['school', 'kindergarten', 'hospital', 'elderly_home', 'dense_housing', 'public_venue', 'other'] as const;
export type SensitiveCategory = (typeof sensitiveCategories)[number];

export type CoordSystem = 'wgs84' | 'gcj02';
export type BBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };

/** The Chinese labels of the sensitive target categories (the .xlsx import's 类别 column and its drop-down). */
export const sensitiveCategoryLabels: Record<SensitiveCategory, string> = {
  school: '学校', kindergarten: '幼儿园', hospital: '医院', elderly_home: '养老院', dense_housing: '居民密集区', public_venue: '公共场所', other: '其他',
};
