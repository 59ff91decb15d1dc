// Foundation tables: organisations, users and sessions, the audit chain, governance plans and their tasks.
// Portable across SQLite and PostgreSQL: ids and timestamps are text (ISO 8601), flags are integers.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // district | committee | office | department | territory | grid | enterprise | agency
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('path', 'text', (c) => c.notNull()) // materialised path '/root/…/id/' — the jurisdiction key
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_path').on('organisations').column('path').execute();
  await db.schema.createIndex('organisations_name').on('organisations').column('name').execute();

  await db.schema
    .createTable('unit_aliases')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('group_name', 'text') // set when the alias names a group (区各有关单位) instead of one unit
    .addColumn('source', 'text', (c) => c.notNull()) // seed | admin
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('phone', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the cookie token; the token itself is never stored
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_anchor') // the chain head, so that deleting the newest rows is detected too
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id')) // issuing unit
    .addColumn('path', 'text', (c) => c.notNull()) // issuer's path: a town's plan is scoped to the town
    .addColumn('code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('source', 'text')
    .addColumn('office_organisation_id', 'text', (c) => c.references('organisations.id')) // receives reports (区安委办)
    .addColumn('structure_rev', 'integer', (c) => c.notNull().defaultTo(0)) // bumped when units or events change: view caches key on it
    .addColumn('reports_from', 'text') // first quarterly report owed, 'YYYY-Qn' (null: first quarter after issue)
    .addColumn('reports_to', 'text') // last quarterly report owed, 'YYYY-Qn' (null: last quarter ending by ends_on)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plans_parent').on('plans').column('parent_plan_id').execute();

  await db.schema
    .createTable('plan_submission_kinds') // what every unit of a plan must send once, and by when
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // implementation_plan | contact_return | summary
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_submission_kinds_one', ['plan_id', 'kind'])
    .execute();

  await db.schema
    .createTable('plan_phases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('group_no', 'integer', (c) => c.notNull())
    .addColumn('group_title', 'text', (c) => c.notNull())
    .addColumn('task_no', 'integer', (c) => c.notNull())
    .addColumn('item_no', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_text', 'text', (c) => c.notNull())
    .addColumn('responsible_text', 'text', (c) => c.notNull())
    .addColumn('deadline_text', 'text', (c) => c.notNull())
    .addColumn('deadline_kind', 'text', (c) => c.notNull()) // fixed | ongoing | interim_deepening | interim_ongoing | conditional | unparsed
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addUniqueConstraint('plan_tasks_no', ['plan_id', 'task_no', 'item_no'])
    .execute();

  await db.schema
    .createTable('plan_task_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // lead | responsible
    .addColumn('raw_name', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id')) // null until an admin maps it
    .addColumn('group_name', 'text')
    .execute();
  await db.schema.createIndex('plan_task_units_org').on('plan_task_units').column('organisation_id').execute();
  await db.schema.createIndex('plan_task_units_task').on('plan_task_units').column('task_id').execute();
  await db.schema.createIndex('plan_task_units_raw').on('plan_task_units').column('raw_name').execute();

  await db.schema
    .createTable('unit_alias_members') // a group alias (区各有关单位) resolved by an admin to several units
    .addColumn('alias', 'text', (c) => c.notNull().references('unit_aliases.alias'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('unit_alias_members_pk', ['alias', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('plan_imports') // an uploaded plan table awaiting the admin's confirmation; expires after an hour
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plan_events') // conditions a milestone waits on (省公安厅追溯体系信息系统建立)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text')
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // fixed | interim | deepening | ongoing | conditional
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('event_id', 'text', (c) => c.references('plan_events.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestones_task').on('milestones').column('task_id').execute();
  await db.schema.createIndex('milestones_due').on('milestones').column('due_on').execute();

  await db.schema
    .createTable('milestone_completions') // a unit declares a milestone met (with the office's confirmation)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('milestone_id', 'text', (c) => c.notNull().references('milestones.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('milestone_completions_unit', ['milestone_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | submitted | returned | accepted
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0)) // 0–100 as the unit judges it
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('problems', 'text')
    .addColumn('next_steps', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_on', 'text') // the submission's date in China (UTC+8): late = submitted_on > due_on
    .addColumn('submitted_by', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('progress_reports_one', ['task_id', 'organisation_id', 'year', 'quarter'])
    .execute();
  // One covering index serves the board, dashboard, roll-up and scheduler: every aggregate filters on plan and
  // quarter and reads only these columns, so a scan over millions of reports never touches the table, and
  // GROUP BY year, quarter, organisation streams in index order (no temporary B-tree).
  await db.schema
    .createIndex('progress_reports_plan_q')
    .on('progress_reports')
    .columns(['plan_id', 'year', 'quarter', 'organisation_id', 'task_id', 'status', 'submitted_on', 'due_on', 'progress', 'submitted_at', 'path'])
    .execute();
  await db.schema.createIndex('progress_reports_path').on('progress_reports').column('path').execute();
  await db.schema.createIndex('progress_reports_org').on('progress_reports').columns(['organisation_id', 'year', 'quarter']).execute();

  await db.schema
    .createTable('plan_submissions') // implementation plans (cascading), contact returns (报名回执), summary reports
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // implementation_plan | contact_return | summary
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_on', 'text') // China date of submitted_at
    .addColumn('submitted_by', 'text')
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('child_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_submissions_one', ['plan_id', 'organisation_id', 'kind'])
    .execute();

  await db.schema
    .createTable('notices') // 督查通报 from the office to units
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('from_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .execute();
  await db.schema
    .createTable('notice_targets')
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addPrimaryKeyConstraint('notice_targets_pk', ['notice_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('notice_targets_org').on('notice_targets').column('organisation_id').execute();

  await db.schema
    .createTable('notifications') // the inbox; one row per receiving organisation
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique()) // the scheduler may run twice; a notice is sent once
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_org').on('notifications').columns(['organisation_id', 'created_at']).execute();

  await db.schema
    .createTable('assessment_criteria')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addUniqueConstraint('assessment_criteria_key', ['plan_id', 'key'])
    .execute();

  await db.schema
    .createTable('calendar_overrides')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull()) // holiday | workday
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('job_runs') // the scheduler's persisted state: a restart resumes from here
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('last_run_at', 'text')
    .addColumn('last_as_of', 'text')
    .addColumn('last_result', 'text')
    .execute();

  await sql`select 1`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('HazGov migrations are forward-only: restore a backup instead');
}
