// Enterprises, their licences, sites, units and inventories; the chemical catalog and the district's restriction
// list; the GB 18218 identification stored on each unit; the major hazard register and self-declarations.
// Every enterprise-owned row carries `path` (the enterprise organisation's path under its territory / grid cell),
// so the one jurisdiction filter (db/src/shared/scope.ts) applies to it. Decimals the standard computes with are
// kept as typed text (exact); `*_value` reals beside them only sort and filter.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().unique().references('organisations.id')) // kind 'enterprise'
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('territory_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('grid_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull().unique()) // 统一社会信用代码, GB 32100 check character verified
    .addColumn('legal_representative', 'text')
    .addColumn('address', 'text')
    .addColumn('lng', 'real') // WGS-84 always; GCJ-02 input is converted before it gets here
    .addColumn('lat', 'real')
    .addColumn('coord_input', 'text') // wgs84 | gcj02: what the user typed, so the conversion can be shown
    .addColumn('industry', 'text')
    .addColumn('activities', 'text', (c) => c.notNull()) // JSON array: production | storage | use | trade | transport | disposal
    .addColumn('status', 'text', (c) => c.notNull()) // operating | suspended | closed | relocating
    .addColumn('in_chemical_park', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chemical_park', 'text')
    .addColumn('staff_count', 'integer')
    .addColumn('contacts_json', 'text', (c) => c.notNull()) // [{duty, name, phone}] 主要负责人 / 安全负责人 …
    .addColumn('key_processes', 'text', (c) => c.notNull()) // JSON array of key supervised process names
    .addColumn('declaration_status', 'text', (c) => c.notNull()) // none | draft | submitted | approved | returned
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)) // optimistic lock for concurrent edits
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_path').on('enterprises').column('path').execute();
  await db.schema.createIndex('enterprises_territory').on('enterprises').columns(['territory_id', 'name']).execute();
  await db.schema.createIndex('enterprises_name').on('enterprises').column('name').execute();
  await db.schema.createIndex('enterprises_industry').on('enterprises').column('industry').execute();

  await db.schema
    .createTable('enterprise_licences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // safety_production | hazchem_trade | safe_use | …
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('issuer', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprise_licences_enterprise').on('enterprise_licences').column('enterprise_id').execute();
  await db.schema.createIndex('enterprise_licences_expiry').on('enterprise_licences').column('expires_on').execute();

  await db.schema
    .createTable('enterprise_sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('lng', 'real')
    .addColumn('lat', 'real')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('enterprise_sites_enterprise').on('enterprise_sites').column('enterprise_id').execute();

  // A production or storage unit (GB 18218 3.4 / 3.5), with its latest identification stored beside it.
  await db.schema
    .createTable('enterprise_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('site_id', 'text', (c) => c.references('enterprise_sites.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // production | storage
    .addColumn('facility', 'text') // tank_farm | warehouse | process | other
    .addColumn('lng', 'real')
    .addColumn('lat', 'real')
    .addColumn('population_500m', 'integer') // people within 500 m of the boundary (GB 18218 4.3.4)
    .addColumn('population_source', 'text') // entered | layer
    .addColumn('ident_status', 'text', (c) => c.notNull().defaultTo('empty')) // empty | ok | incomplete
    .addColumn('s_exact', 'text') // S as a fraction 'num/den'
    .addColumn('s_value', 'real')
    .addColumn('is_major_hazard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('r_exact', 'text')
    .addColumn('r_value', 'real')
    .addColumn('grade', 'integer') // 1 (most serious) … 4; null below threshold or when incomplete
    .addColumn('ident_json', 'text') // the line-by-line trace shown to the user
    .addColumn('identified_at', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('enterprise_units_enterprise').on('enterprise_units').column('enterprise_id').execute();
  await db.schema.createIndex('enterprise_units_path').on('enterprise_units').column('path').execute();
  await db.schema.createIndex('enterprise_units_major').on('enterprise_units').columns(['is_major_hazard', 'grade']).execute();

  await db.schema
    .createTable('inventory_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('enterprise_units.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chemical_name', 'text', (c) => c.notNull())
    .addColumn('cas', 'text')
    .addColumn('table1_serial', 'integer') // a Table 1 row chosen by the user (ambiguous names such as 硝化棉)
    .addColumn('outside_table1', 'integer', (c) => c.notNull().defaultTo(0)) // confirmed not in Table 1
    .addColumn('hazard_symbols', 'text') // Table 2 symbols, comma separated: 'W5.3,J4'
    .addColumn('beta_symbol', 'text')
    .addColumn('quantity', 'text', (c) => c.notNull()) // design maximum (GB 18218 4.2.2), decimal as typed
    .addColumn('quantity_unit', 'text', (c) => c.notNull()) // t | kg | m3
    .addColumn('density', 'text')
    .addColumn('density_unit', 'text') // t/m3 | kg/m3
    .addColumn('physical_state', 'text') // solid | liquid | gas | liquefied_gas
    .addColumn('container_type', 'text')
    .execute();
  await db.schema.createIndex('inventory_lines_unit').on('inventory_lines').columns(['unit_id', 'sort']).execute();
  await db.schema.createIndex('inventory_lines_enterprise').on('inventory_lines').column('enterprise_id').execute();
  await db.schema.createIndex('inventory_lines_cas').on('inventory_lines').column('cas').execute();
  await db.schema.createIndex('inventory_lines_name').on('inventory_lines').column('chemical_name').execute();

  await db.schema
    .createTable('major_hazard_register') // one row per unit that is (or was) a major hazard
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('enterprise_units.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('filing_status', 'text', (c) => c.notNull()) // not_filed | filed | refile_needed
    .addColumn('filing_number', 'text')
    .addColumn('filed_on', 'text')
    .addColumn('principal_name', 'text') // 主要负责人
    .addColumn('principal_phone', 'text')
    .addColumn('technical_name', 'text') // 技术负责人
    .addColumn('technical_phone', 'text')
    .addColumn('operations_name', 'text') // 操作负责人
    .addColumn('operations_phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('major_hazard_register_path').on('major_hazard_register').column('path').execute();

  await db.schema
    .createTable('monitoring_requirements') // per grade, configurable by the district admin
    .addColumn('grade', 'integer', (c) => c.primaryKey())
    .addColumn('requirements_json', 'text', (c) => c.notNull()) // [{zh, en}]
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('enterprise_declarations') // self-declaration: draft → submitted → approved | returned
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text') // the whole record as submitted
    .addColumn('copied_from_id', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enterprise_declarations_year', ['enterprise_id', 'year'])
    .execute();
  await db.schema.createIndex('enterprise_declarations_status').on('enterprise_declarations').columns(['status', 'path']).execute();
  // an enterprise's history reads its audit rows by entity_id (the enterprise id; see app/src/enterprises/enterprise-audit.ts)
  await db.schema.createIndex('audit_log_entity_id').on('audit_log').column('entity_id').execute();

  await db.schema
    .createTable('catalog_editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('catalog_entries') // chemicals beyond GB 18218 Table 1, each value with its source
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.notNull().references('catalog_editions.id'))
    .addColumn('serial', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull()) // JSON array
    .addColumn('cas', 'text')
    .addColumn('un_number', 'text')
    .addColumn('hazard_symbols', 'text') // Table 2 symbols, comma separated
    .addColumn('flags_json', 'text', (c) => c.notNull()) // {highlyToxic: true, …}
    .addColumn('sources_json', 'text', (c) => c.notNull()) // {field: 'where the value came from'}
    .execute();
  await db.schema.createIndex('catalog_entries_cas').on('catalog_entries').column('cas').execute();
  await db.schema.createIndex('catalog_entries_name').on('catalog_entries').column('name').execute();

  await db.schema
    .createTable('restriction_list') // 禁限控目录: the district's own list
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chemical_name', 'text', (c) => c.notNull())
    .addColumn('cas', 'text')
    .addColumn('level', 'text', (c) => c.notNull()) // prohibited | restricted | controlled
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('HazGov migrations are forward-only: restore a backup instead');
}
