// Risk points with their assessment, comments, overrides and post confirmations; area risk of territories and grid
// cells; the map's own geography (area polygons, pipelines, sensitive targets, chemical parks) and settings.
// Every row carries `path` so the one jurisdiction filter applies: an enterprise's risk point the enterprise's path,
// a public place's point its territory's (or grid cell's) path, an area polygon its organisation's path, a map
// feature the path of the territory it lies in (the district's when it lies in none). Coordinates are WGS-84.
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Coordinates need doubles: PostgreSQL's `real` is 4 bytes (7 digits: 113.6123 — about 10 m), SQLite's REAL is
  // already 8. This migration's tables declare double precision; issue 3's coordinate columns are widened here.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of ['enterprises', 'enterprise_sites', 'enterprise_units']) {
      await db.schema.alterTable(table).alterColumn('lng', (c) => c.setDataType('double precision')).execute();
      await db.schema.alterTable(table).alterColumn('lat', (c) => c.setDataType('double precision')).execute();
    }
  }
  await db.schema
    .createTable('risk_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id')) // null: a public place
    .addColumn('site_id', 'text', (c) => c.references('enterprise_sites.id'))
    .addColumn('unit_id', 'text', (c) => c.references('enterprise_units.id'))
    .addColumn('territory_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('grid_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // enterprise | site | unit | pipeline_segment | filling_station | station | warehouse_area
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location', 'text') // where on the site, in words
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('coord_input', 'text') // wgs84 | gcj02
    .addColumn('posts_json', 'text', (c) => c.notNull()) // JSON string[]: the posts (岗位) exposed, for the 明白卡
    .addColumn('hazard_factors_json', 'text', (c) => c.notNull()) // JSON string[]
    .addColumn('accident_types_json', 'text', (c) => c.notNull()) // JSON string[]: 火灾, 爆炸, 中毒和窒息 …
    .addColumn('method', 'text', (c) => c.notNull()) // lec | ls | matrix
    .addColumn('inputs_json', 'text', (c) => c.notNull()) // the scores chosen: {l,e,c} | {l,s}
    .addColumn('score', 'double precision', (c) => c.notNull()) // D or R
    .addColumn('computed_level', 'text', (c) => c.notNull()) // red | orange | yellow | blue, from the bands in force
    .addColumn('override_level', 'text') // a regulator's grade, with its reason
    .addColumn('override_reason', 'text')
    .addColumn('override_by', 'text')
    .addColumn('override_at', 'text')
    .addColumn('level', 'text', (c) => c.notNull()) // effective: override_level ?? computed_level (filtered and drawn)
    .addColumn('control_level', 'text', (c) => c.notNull()) // company | department | team | post
    .addColumn('responsible_department', 'text', (c) => c.notNull())
    .addColumn('responsible_person', 'text', (c) => c.notNull())
    .addColumn('responsible_phone', 'text')
    .addColumn('measures_json', 'text', (c) => c.notNull()) // {engineering, management, training, ppe, emergency}: string[] each
    .addColumn('emergency_text', 'text') // 应急处置措施 printed on the notice board and card
    .addColumn('status', 'text', (c) => c.notNull()) // controlled | attention | out_of_control
    .addColumn('review_interval_days', 'integer', (c) => c.notNull())
    .addColumn('last_reviewed_on', 'text')
    .addColumn('next_review_on', 'text', (c) => c.notNull())
    .addColumn('review_warned_for', 'text') // the next_review_on a late-review warning was last sent for (once each)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_points_path').on('risk_points').columns(['path', 'level']).execute();
  await db.schema.createIndex('risk_points_enterprise').on('risk_points').column('enterprise_id').execute();
  await db.schema.createIndex('risk_points_territory').on('risk_points').columns(['territory_id', 'level']).execute();
  // covers the map's bounding-box count and clustering (scope, level and status filters read from the index alone)
  await db.schema.createIndex('risk_points_lat_lng').on('risk_points').columns(['lat', 'lng', 'level', 'path', 'status']).execute();
  await db.schema.createIndex('risk_points_review').on('risk_points').column('next_review_on').execute();
  await db.schema.createIndex('enterprises_lat_lng').on('enterprises').columns(['lat', 'lng']).execute();

  await db.schema
    .createTable('risk_comments') // a regulator's remark on a risk point (and the reply of its owner)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_point_id', 'text', (c) => c.notNull().references('risk_points.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_organisation', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_comments_point').on('risk_comments').columns(['risk_point_id', 'created_at']).execute();

  await db.schema
    .createTable('risk_confirmations') // 岗位安全风险确认: a worker at a post confirms they know its risks
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_point_id', 'text', (c) => c.notNull().references('risk_points.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_confirmations_point').on('risk_confirmations').columns(['risk_point_id', 'confirmed_on']).execute();

  await db.schema
    .createTable('risk_settings') // admin-configurable rules, each a JSON document with its key
    .addColumn('key', 'text', (c) => c.primaryKey()) // bands | area_rule | supervision_frequency | map_tiles
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('area_risk') // the level of a territory or grid cell, recomputed from what lies inside it
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // territory | grid
    .addColumn('level', 'text', (c) => c.notNull()) // red | orange | yellow | blue
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('factors_json', 'text', (c) => c.notNull()) // counts behind the level and each rule that fired
    .addColumn('supervision_months', 'integer', (c) => c.notNull()) // red monthly … feeds inspection planning
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('area_risk_path').on('area_risk').column('path').execute();

  await db.schema
    .createTable('risk_snapshots') // one row per territory per day: the trend the dashboard draws
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('territory_id', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('red', 'integer', (c) => c.notNull())
    .addColumn('orange', 'integer', (c) => c.notNull())
    .addColumn('yellow', 'integer', (c) => c.notNull())
    .addColumn('blue', 'integer', (c) => c.notNull())
    .addColumn('out_of_control', 'integer', (c) => c.notNull())
    .addColumn('review_late', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('risk_snapshots_pk', ['taken_on', 'territory_id'])
    .execute();
  await db.schema.createIndex('risk_snapshots_path').on('risk_snapshots').columns(['path', 'taken_on']).execute();

  await db.schema
    .createTable('map_areas') // polygon of the district, a territory or a grid cell (imported GeoJSON)
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // district | territory | grid
    .addColumn('geometry_json', 'text', (c) => c.notNull()) // GeoJSON Polygon | MultiPolygon, WGS-84
    .addColumn('min_lng', 'double precision', (c) => c.notNull())
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lng', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addColumn('population', 'integer') // residents, when the import carries it (area risk uses it)
    .addColumn('source', 'text', (c) => c.notNull()) // file name, or the package it came from with its licence
    .addColumn('coord_input', 'text', (c) => c.notNull()) // wgs84 | gcj02 (converted on import)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .execute();
  await db.schema.createIndex('map_areas_path').on('map_areas').column('path').execute();

  await db.schema
    .createTable('map_features') // pipelines (lines), sensitive targets (points), chemical parks (polygons)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('territory_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('layer', 'text', (c) => c.notNull()) // pipeline | sensitive_target | chemical_park
    .addColumn('category', 'text') // school | hospital | dense_housing | kindergarten | elderly_home | other; pipeline medium
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geometry_json', 'text', (c) => c.notNull()) // GeoJSON geometry, WGS-84
    .addColumn('lng', 'double precision', (c) => c.notNull()) // a representative point (the point itself, a centroid)
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('min_lng', 'double precision', (c) => c.notNull())
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lng', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addColumn('population', 'integer') // people at a sensitive target (pupils, beds, residents)
    .addColumn('properties_json', 'text', (c) => c.notNull()) // the rest of the imported properties
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('coord_input', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('map_features_layer_bbox').on('map_features').columns(['layer', 'min_lat', 'max_lat']).execute();
  await db.schema.createIndex('map_features_path').on('map_features').column('path').execute();
}

export async function down(): Promise<void> {
  throw new Error('HazGov migrations are forward-only: restore a backup instead');
}
