// Inspections and their checklists, yearly inspection plans with their 双随机 draws, hidden dangers driven to
// verified closure, enforcement cases, the blacklist with its joint-punishment notices, and the attachments (photos,
// files) all of them carry. Every row with a jurisdiction carries `path`: an enterprise's record the enterprise's path,
// a plan its organisation's path, a template the district's. Escalation and the digest are scheduler work (job_runs).
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('checklist_templates') // a checklist per enterprise type; edits make a new version, inspections keep theirs
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the district's path: templates are district configuration
    .addColumn('enterprise_type', 'text', (c) => c.notNull()) // production | storage | trade | use | filling_station | warehouse | transport
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // active | retired (a newer version replaced it)
    .addColumn('source', 'text', (c) => c.notNull()) // starter (data/inspections) | admin
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('checklist_templates_type').on('checklist_templates').columns(['enterprise_type', 'status']).execute();

  await db.schema
    .createTable('checklist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template_id', 'text', (c) => c.notNull().references('checklist_templates.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull()) // 排查领域: 安全基础管理 | 设计与总图 | 工艺 | 设备 | 电气与仪表 | 储存 | 消防与应急 | 特殊作业 …
    .addColumn('content', 'text', (c) => c.notNull()) // what to check, as a yes/no question
    .addColumn('legal_basis', 'text', (c) => c.notNull()) // 依据: law, regulation or standard with article
    .addColumn('severity_hint', 'text', (c) => c.notNull()) // general | major: what a failure usually is
    .addColumn('major_criterion', 'text') // key of the major-hidden-danger criterion a failure meets, if any
    .execute();
  await db.schema.createIndex('checklist_items_template').on('checklist_items').columns(['template_id', 'sort']).execute();

  await db.schema
    .createTable('inspection_plans') // 年度监督检查计划 of a department or territory
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the owning organisation's path
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // double_random | key | special
    .addColumn('territory_ids_json', 'text', (c) => c.notNull()) // JSON string[]: the territories it covers ([] = all in scope)
    .addColumn('sample_size', 'integer', (c) => c.notNull()) // enterprises per draw
    .addColumn('inspectors_per_enterprise', 'integer', (c) => c.notNull())
    .addColumn('weights_json', 'text', (c) => c.notNull()) // {area:{red,orange,yellow,blue}, enterprise:{red,orange,yellow,blue,none}}
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('inspection_plans_path').on('inspection_plans').columns(['path', 'year']).execute();

  await db.schema
    .createTable('inspection_draws') // one 双随机 draw: seed, candidate lists and result, so anyone can re-run it
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('inspection_plans.id'))
    .addColumn('path', 'text', (c) => c.notNull()) // the plan's path
    .addColumn('seed', 'text', (c) => c.notNull()) // decimal string of the 32-bit seed
    .addColumn('algorithm', 'text', (c) => c.notNull()) // versioned name of the documented algorithm (docs/inspections-draw.md)
    .addColumn('enterprise_pool_json', 'text', (c) => c.notNull()) // [{id, weight}] in the order the algorithm read them
    .addColumn('inspector_pool_json', 'text', (c) => c.notNull()) // [{id}] in order
    .addColumn('conflicts_json', 'text', (c) => c.notNull()) // [{inspectorId, enterpriseId, reason}] excluded pairs
    .addColumn('result_json', 'text', (c) => c.notNull()) // [{enterpriseId, inspectorIds[]}]
    .addColumn('status', 'text', (c) => c.notNull()) // drawn | published
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    .addColumn('drawn_by', 'text')
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('inspection_draws_plan').on('inspection_draws').column('plan_id').execute();

  await db.schema
    .createTable('inspector_conflicts') // 回避: an inspector may not inspect this enterprise (kin, former employer …)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the enterprise's path
    .addColumn('inspector_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspector_conflicts_pair').on('inspector_conflicts').columns(['inspector_id', 'enterprise_id']).unique().execute();

  await db.schema
    .createTable('inspections') // one visit to one enterprise; id may be made on the phone (offline), so sync is idempotent
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the enterprise's path
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('territory_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the inspecting department or territory
    .addColumn('plan_id', 'text', (c) => c.references('inspection_plans.id'))
    .addColumn('draw_id', 'text', (c) => c.references('inspection_draws.id'))
    .addColumn('template_id', 'text', (c) => c.notNull().references('checklist_templates.id'))
    .addColumn('inspector_ids_json', 'text', (c) => c.notNull()) // JSON string[] (users); the first leads
    .addColumn('scheduled_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // planned | in_progress | submitted | cancelled
    .addColumn('started_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('summary', 'text')
    .addColumn('representative_name', 'text') // the enterprise's representative who confirmed the record
    .addColumn('representative_confirmed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)) // optimistic lock: a sync names the version it edited
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspections_path').on('inspections').columns(['path', 'status']).execute();
  await db.schema.createIndex('inspections_enterprise').on('inspections').column('enterprise_id').execute();
  await db.schema.createIndex('inspections_plan').on('inspections').column('plan_id').execute();

  await db.schema
    .createTable('inspection_results') // one checklist item's outcome in one inspection
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('checklist_items.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // pass | fail | not_applicable
    .addColumn('note', 'text')
    .addColumn('hazard_finding_id', 'text') // the finding a failure became
    .addColumn('recorded_at', 'text', (c) => c.notNull()) // when the inspector ticked it (the phone's time)
    .addPrimaryKeyConstraint('inspection_results_pk', ['inspection_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('sync_receipts') // every offline operation the server applied, by the phone's operation id: replay is harmless
    .addColumn('op_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // applied | conflict | rejected
    .addColumn('response_json', 'text', (c) => c.notNull()) // what the first application answered
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('hazard_findings') // 隐患: found in an inspection (or reported), rectified, verified, closed
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the enterprise's path
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('territory_id', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text')
    .addColumn('industry', 'text') // the enterprise's industry when found (statistics by industry)
    .addColumn('inspection_id', 'text') // null: reported otherwise (self-check, complaint)
    .addColumn('item_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull()) // inspection | self_check | report | other
    .addColumn('category', 'text', (c) => c.notNull()) // the checklist area (statistics by type)
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('severity', 'text', (c) => c.notNull()) // general | major
    .addColumn('major_criteria_json', 'text', (c) => c.notNull()) // JSON string[]: criteria keys that make it major
    .addColumn('status', 'text', (c) => c.notNull()) // open | rectifying | awaiting_verification | closed (see domain state machine)
    .addColumn('found_on', 'text', (c) => c.notNull())
    .addColumn('found_by', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull()) // rectification deadline
    .addColumn('plan_text', 'text') // the enterprise's rectification plan (措施、资金、责任人、时限)
    .addColumn('responsible_person', 'text')
    .addColumn('funds', 'text') // 整改资金 in yuan, exact decimal string
    .addColumn('submitted_at', 'text') // rectification reported done
    .addColumn('verified_by', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('return_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0)) // 0 none, 1 territory, 2 department, 3 district
    .addColumn('escalated_at', 'text')
    .addColumn('supervision_status', 'text') // null | listed | delisted (挂牌督办 of a major one)
    .addColumn('supervision_no', 'text')
    .addColumn('supervision_org_id', 'text')
    .addColumn('supervision_listed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // the list (scope, status, newest), the overdue pass (open ones by deadline) and the statistics read these
  await db.schema.createIndex('hazard_findings_path').on('hazard_findings').columns(['path', 'status', 'found_on']).execute();
  await db.schema.createIndex('hazard_findings_overdue').on('hazard_findings').columns(['status', 'deadline', 'escalation_level']).execute();
  await db.schema.createIndex('hazard_findings_territory').on('hazard_findings').columns(['territory_id', 'status', 'severity']).execute();
  await db.schema.createIndex('hazard_findings_found').on('hazard_findings').columns(['found_on', 'id']).execute(); // newest first, unfiltered
  await db.schema.createIndex('hazard_findings_territory_deadline').on('hazard_findings').columns(['territory_id', 'deadline']).execute(); // a town's overdue list
  await db.schema.createIndex('hazard_findings_enterprise').on('hazard_findings').column('enterprise_id').execute();
  await db.schema.createIndex('hazard_findings_inspection').on('hazard_findings').column('inspection_id').execute();

  await db.schema
    .createTable('enforcement_cases') // 执法文书: an order to rectify within a deadline, or a penalty, and the case's progress
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the enterprise's path
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the enforcing department
    .addColumn('inspection_id', 'text')
    .addColumn('hazard_finding_ids_json', 'text', (c) => c.notNull()) // JSON string[]
    .addColumn('kind', 'text', (c) => c.notNull()) // rectification_order | penalty
    .addColumn('status', 'text', (c) => c.notNull()) // issued | complied | overdue (orders); filed | investigating | notified | decided | executed | closed (penalties)
    .addColumn('decision_no', 'text') // 文书号, e.g. （从）应急罚〔2026〕12号
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('penalty_kinds_json', 'text', (c) => c.notNull()) // JSON string[]: warning | fine | confiscation | suspension | licence_revocation
    .addColumn('amount', 'text') // fine in yuan, exact decimal string
    .addColumn('deadline', 'text') // rectification deadline of an order
    .addColumn('decided_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('published_at', 'text') // 行政处罚决定公开
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enforcement_cases_path').on('enforcement_cases').columns(['path', 'status']).execute();
  await db.schema.createIndex('enforcement_cases_enterprise').on('enforcement_cases').column('enterprise_id').execute();

  await db.schema
    .createTable('blacklist_entries') // 失信联合惩戒对象名单: an enterprise or a person
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the enterprise's path (a person: the enterprise they answered for)
    .addColumn('party_kind', 'text', (c) => c.notNull()) // enterprise | person
    .addColumn('enterprise_id', 'text', (c) => c.references('enterprises.id'))
    .addColumn('party_name', 'text', (c) => c.notNull()) // enterprise name or person's name
    .addColumn('credit_code', 'text') // enterprise: 统一社会信用代码
    .addColumn('id_number', 'text') // person: 身份证号 (never public)
    .addColumn('person_role', 'text') // person: 主要负责人 …
    .addColumn('criteria_json', 'text', (c) => c.notNull()) // JSON string[]: listing criteria keys met
    .addColumn('reason', 'text', (c) => c.notNull()) // 失信行为
    .addColumn('case_ids_json', 'text', (c) => c.notNull()) // JSON string[]: enforcement cases behind it
    .addColumn('status', 'text', (c) => c.notNull()) // proposed | reviewed | rejected | decided | published | repairing | removed | expired
    .addColumn('proposed_by', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('published_at', 'text')
    .addColumn('listed_from', 'text') // publication day
    .addColumn('listed_until', 'text') // listed_from + duration; the scheduler expires it
    .addColumn('duration_months', 'integer', (c) => c.notNull())
    .addColumn('repair_applied_at', 'text') // 信用修复 application
    .addColumn('repair_note', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('removed_reason', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('blacklist_entries_path').on('blacklist_entries').columns(['path', 'status']).execute();
  await db.schema.createIndex('blacklist_entries_status').on('blacklist_entries').columns(['status', 'listed_until']).execute();
  await db.schema.createIndex('blacklist_entries_enterprise').on('blacklist_entries').column('enterprise_id').execute();

  await db.schema
    .createTable('joint_punishment_notices') // 联合惩戒通报: one per named department, each acknowledged
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('blacklist_entries.id'))
    .addColumn('path', 'text', (c) => c.notNull()) // the receiving department's path (it must see its own notice)
    .addColumn('department_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('measures', 'text', (c) => c.notNull()) // the measures asked of that department
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('response', 'text') // what the department did
    .execute();
  await db.schema.createIndex('joint_punishment_notices_entry').on('joint_punishment_notices').column('entry_id').execute();
  await db.schema.createIndex('joint_punishment_notices_dept').on('joint_punishment_notices').columns(['department_id', 'acknowledged_at']).execute();

  await db.schema
    .createTable('attachments') // photos and files of inspections, rectification and verification; bytes in attachment_contents
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path', 'text', (c) => c.notNull()) // the owner's path
    .addColumn('owner_kind', 'text', (c) => c.notNull()) // inspection | inspection_result | rectification | verification | enforcement
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text') // inspection_result: the checklist item
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull()) // detected from the bytes, not the name
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text') // photo: EXIF DateTimeOriginal, else the phone's capture time
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner').on('attachments').columns(['owner_kind', 'owner_id']).execute();
  await db.schema
    .createTable('attachment_contents')
    .addColumn('id', 'text', (c) => c.primaryKey().references('attachments.id'))
    .addColumn('content', pg ? sql`bytea` : 'blob', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inspection_settings') // admin-configurable: major criteria, escalation days, blacklist criteria, public fields
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('HazGov migrations are forward-only: restore a backup instead');
}
