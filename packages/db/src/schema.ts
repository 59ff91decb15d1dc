// Kysely table types: the single description of every table, shared by both dialects.
import type { Generated } from 'kysely';

export type OrganisationTable = {
  id: string; parent_id: string | null; kind: string; code: string | null; name: string; name_en: string | null;
  path: string; sort: Generated<number>; created_at: string;
};
export type UnitAliasTable = { alias: string; organisation_id: string | null; group_name: string | null; source: string };
export type UserTable = {
  id: string; username: string; display_name: string; password_hash: string; role: string; organisation_id: string;
  phone: string | null; locale: Generated<string>; active: Generated<number>; failed_logins: Generated<number>;
  locked_until: string | null; password_changed_at: string; created_at: string;
};
export type SessionTable = { id: string; user_id: string; csrf_token: string; created_at: string; last_seen_at: string; ip: string | null };
export type AuditLogTable = {
  seq: number; at: string; actor_id: string | null; actor_name: string; action: string; entity: string; entity_id: string;
  before_json: string | null; after_json: string | null; prev_hash: string; hash: string;
};
export type AuditAnchorTable = { id: number; seq: number; hash: string };
export type PlanTable = {
  id: string; parent_plan_id: string | null; organisation_id: string; path: string; code: string | null; title: string;
  issued_on: string | null; starts_on: string | null; ends_on: string | null; source: string | null;
  office_organisation_id: string | null; structure_rev: Generated<number>; reports_from: string | null; reports_to: string | null; created_at: string;
};
export type PlanSubmissionKindTable = { id: string; plan_id: string; kind: string; label: string; due_on: string };
export type UnitAliasMemberTable = { alias: string; organisation_id: string };
export type PlanImportTable = { id: string; created_by: string; created_at: string; expires_at: string; payload_json: string };
export type PlanPhaseTable = { id: string; plan_id: string; kind: string; name: string; starts_on: string; ends_on: string };
export type PlanTaskTable = {
  id: string; plan_id: string; group_no: number; group_title: string; task_no: number; item_no: Generated<number>;
  title: string; content: string; lead_text: string; responsible_text: string; deadline_text: string; deadline_kind: string; sort: number;
};
export type PlanTaskUnitTable = {
  id: string; task_id: string; role: string; raw_name: string; organisation_id: string | null; group_name: string | null;
};
export type PlanEventTable = { id: string; plan_id: string; name: string; occurred_on: string | null };
export type MilestoneTable = {
  id: string; task_id: string; kind: string; label: string; starts_on: string | null; due_on: string | null;
  event_id: string | null; sort: number;
};
export type MilestoneCompletionTable = {
  id: string; milestone_id: string; organisation_id: string; path: string; completed_on: string; note: string | null;
  recorded_by: string | null; recorded_at: string;
};
export type ProgressReportTable = {
  id: string; plan_id: string; task_id: string; organisation_id: string; path: string; year: number; quarter: number;
  due_on: string; status: string; progress: Generated<number>; content: string; problems: string | null; next_steps: string | null;
  submitted_at: string | null; submitted_on: string | null; submitted_by: string | null; review_comment: string | null;
  reviewed_at: string | null; reviewed_by: string | null; updated_at: string;
};
export type PlanSubmissionTable = {
  id: string; plan_id: string; organisation_id: string; path: string; kind: string; due_on: string;
  submitted_at: string | null; submitted_on: string | null; submitted_by: string | null; body_json: string;
  child_plan_id: string | null; updated_at: string;
};
export type NoticeTable = {
  id: string; plan_id: string; from_organisation_id: string; title: string; body: string; issued_at: string; issued_by: string | null;
};
export type NoticeTargetTable = {
  notice_id: string; organisation_id: string; path: string; acknowledged_at: string | null; acknowledged_by: string | null;
};
export type NotificationTable = {
  id: string; organisation_id: string; path: string; kind: string; title: string; body: string; link: string | null;
  dedupe_key: string; created_at: string; read_at: string | null;
};
export type AssessmentCriterionTable = { id: string; plan_id: string; key: string; label: string; weight: number };
export type CalendarOverrideTable = { date: string; kind: string; name: string; updated_at: string; updated_by: string | null };
export type JobRunTable = { job: string; last_run_at: string | null; last_as_of: string | null; last_result: string | null };

export type EnterpriseTable = {
  id: string; organisation_id: string; path: string; territory_id: string; grid_id: string | null; name: string; uscc: string;
  legal_representative: string | null; address: string | null; lng: number | null; lat: number | null; coord_input: string | null;
  industry: string | null; activities: string; status: string; in_chemical_park: Generated<number>; chemical_park: string | null;
  staff_count: number | null; contacts_json: string; key_processes: string; declaration_status: string;
  is_demo: Generated<number>; version: Generated<number>; created_at: string; updated_at: string;
};
export type EnterpriseLicenceTable = {
  id: string; enterprise_id: string; path: string; kind: string; number: string; scope: string | null; issuer: string | null;
  issued_on: string | null; expires_on: string; created_at: string;
};
export type EnterpriseSiteTable = {
  id: string; enterprise_id: string; path: string; name: string; address: string | null; lng: number | null; lat: number | null;
  sort: Generated<number>;
};
export type EnterpriseUnitTable = {
  id: string; enterprise_id: string; site_id: string | null; path: string; name: string; kind: string; facility: string | null;
  lng: number | null; lat: number | null; population_500m: number | null; population_source: string | null;
  ident_status: Generated<string>; s_exact: string | null; s_value: number | null; is_major_hazard: Generated<number>;
  r_exact: string | null; r_value: number | null; grade: number | null; ident_json: string | null; identified_at: string | null;
  sort: Generated<number>;
};
export type InventoryLineTable = {
  id: string; unit_id: string; enterprise_id: string; path: string; sort: Generated<number>; chemical_name: string; cas: string | null;
  table1_serial: number | null; outside_table1: Generated<number>; hazard_symbols: string | null; beta_symbol: string | null;
  quantity: string; quantity_unit: string; density: string | null; density_unit: string | null; physical_state: string | null;
  container_type: string | null;
};
export type MajorHazardRegisterTable = {
  unit_id: string; enterprise_id: string; path: string; filing_status: string; filing_number: string | null; filed_on: string | null;
  principal_name: string | null; principal_phone: string | null; technical_name: string | null; technical_phone: string | null;
  operations_name: string | null; operations_phone: string | null; updated_at: string;
};
export type MonitoringRequirementTable = { grade: number; requirements_json: string; updated_at: string; updated_by: string | null };
export type EnterpriseDeclarationTable = {
  id: string; enterprise_id: string; path: string; year: number; status: string; snapshot_json: string | null;
  copied_from_id: string | null; submitted_at: string | null; submitted_by: string | null; reviewed_at: string | null;
  reviewed_by: string | null; review_comment: string | null; created_at: string; updated_at: string;
};
export type CatalogEditionTable = {
  id: string; name: string; source: string; imported_at: string; imported_by: string | null; entry_count: number; active: Generated<number>;
};
export type CatalogEntryTable = {
  id: string; edition_id: string; serial: string | null; name: string; aliases: string; cas: string | null; un_number: string | null;
  hazard_symbols: string | null; flags_json: string; sources_json: string;
};
export type RestrictionListTable = {
  id: string; chemical_name: string; cas: string | null; level: string; note: string | null; created_at: string; updated_at: string;
  updated_by: string | null;
};

// issue 4: risk points, area risk, the map's geography (migration 0003-risk-map)
export type RiskPointTable = {
  id: string; path: string; enterprise_id: string | null; site_id: string | null; unit_id: string | null; territory_id: string;
  grid_id: string | null; kind: string; name: string; location: string | null; lng: number | null; lat: number | null;
  coord_input: string | null; posts_json: string; hazard_factors_json: string; accident_types_json: string; method: string;
  inputs_json: string; score: number; computed_level: string; override_level: string | null; override_reason: string | null;
  override_by: string | null; override_at: string | null; level: string; control_level: string; responsible_department: string;
  responsible_person: string; responsible_phone: string | null; measures_json: string; emergency_text: string | null; status: string;
  review_interval_days: number; last_reviewed_on: string | null; next_review_on: string; review_warned_for: string | null;
  is_demo: Generated<number>; version: Generated<number>; created_at: string; updated_at: string;
};
export type RiskCommentTable = {
  id: string; risk_point_id: string; path: string; author_id: string; author_name: string; author_organisation: string; body: string; created_at: string;
};
export type RiskConfirmationTable = {
  id: string; risk_point_id: string; path: string; post: string; person_name: string; confirmed_on: string; note: string | null;
  recorded_by: string; created_at: string;
};
export type RiskSettingTable = { key: string; value_json: string; updated_at: string; updated_by: string | null };
export type AreaRiskTable = {
  organisation_id: string; path: string; kind: string; level: string; score: number; factors_json: string; supervision_months: number; computed_at: string;
};
export type RiskSnapshotTable = {
  taken_on: string; territory_id: string; path: string; red: number; orange: number; yellow: number; blue: number; out_of_control: number; review_late: number;
};
export type MapAreaTable = {
  organisation_id: string; path: string; kind: string; geometry_json: string; min_lng: number; min_lat: number; max_lng: number; max_lat: number;
  population: number | null; source: string; coord_input: string; is_demo: Generated<number>; imported_at: string; imported_by: string | null;
};
export type MapFeatureTable = {
  id: string; path: string; territory_id: string | null; layer: string; category: string | null; name: string; geometry_json: string;
  lng: number; lat: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number; population: number | null;
  properties_json: string; source: string; coord_input: string; is_demo: Generated<number>; created_at: string; created_by: string | null;
};

// issue 5: inspections, hidden dangers, enforcement, blacklist (migration 0004-inspections)
export type ChecklistTemplateTable = {
  id: string; path: string; enterprise_type: string; name: string; name_en: string | null; version: number; status: string; source: string;
  created_at: string; updated_at: string;
};
export type ChecklistItemTable = {
  id: string; template_id: string; sort: number; area: string; content: string; legal_basis: string; severity_hint: string; major_criterion: string | null;
};
export type InspectionPlanTable = {
  id: string; path: string; organisation_id: string; year: number; title: string; kind: string; territory_ids_json: string; sample_size: number;
  inspectors_per_enterprise: number; weights_json: string; status: string; note: string | null; created_by: string | null; created_at: string;
  updated_at: string; published_at: string | null;
};
export type InspectionDrawTable = {
  id: string; plan_id: string; path: string; seed: string; algorithm: string; enterprise_pool_json: string; inspector_pool_json: string;
  conflicts_json: string; result_json: string; status: string; drawn_at: string; drawn_by: string | null; published_at: string | null;
};
export type InspectorConflictTable = {
  id: string; path: string; inspector_id: string; enterprise_id: string; reason: string; created_by: string | null; created_at: string;
};
export type InspectionTable = {
  id: string; path: string; enterprise_id: string; territory_id: string; organisation_id: string; plan_id: string | null; draw_id: string | null;
  template_id: string; inspector_ids_json: string; scheduled_on: string | null; status: string; started_at: string | null; submitted_at: string | null;
  summary: string | null; representative_name: string | null; representative_confirmed_at: string | null; is_demo: Generated<number>;
  version: Generated<number>; created_by: string | null; created_at: string; updated_at: string;
};
export type InspectionResultTable = {
  inspection_id: string; item_id: string; path: string; outcome: string; note: string | null; hazard_finding_id: string | null; recorded_at: string;
};
export type SyncReceiptTable = { op_id: string; user_id: string; entity_id: string; outcome: string; response_json: string; received_at: string };
export type HazardFindingTable = {
  id: string; path: string; enterprise_id: string; territory_id: string; grid_id: string | null; industry: string | null; inspection_id: string | null;
  item_id: string | null; source: string; category: string; description: string; legal_basis: string | null; severity: string; major_criteria_json: string;
  status: string; found_on: string; found_by: string | null; deadline: string; plan_text: string | null; responsible_person: string | null;
  funds: string | null; submitted_at: string | null; verified_by: string | null; verified_at: string | null; closed_at: string | null;
  return_count: Generated<number>; reopen_count: Generated<number>; escalation_level: Generated<number>; escalated_at: string | null;
  supervision_status: string | null; supervision_no: string | null; supervision_org_id: string | null; supervision_listed_at: string | null;
  is_demo: Generated<number>; version: Generated<number>; created_at: string; updated_at: string;
};
export type EnforcementCaseTable = {
  id: string; path: string; enterprise_id: string; organisation_id: string; inspection_id: string | null; hazard_finding_ids_json: string; kind: string;
  status: string; decision_no: string | null; facts: string; legal_basis: string; penalty_kinds_json: string; amount: string | null; deadline: string | null;
  decided_on: string | null; closed_on: string | null; published_at: string | null; is_demo: Generated<number>; version: Generated<number>;
  created_by: string | null; created_at: string; updated_at: string;
};
export type BlacklistEntryTable = {
  id: string; path: string; party_kind: string; enterprise_id: string | null; party_name: string; credit_code: string | null; id_number: string | null;
  person_role: string | null; criteria_json: string; reason: string; case_ids_json: string; status: string; proposed_by: string | null; proposed_at: string;
  reviewed_by: string | null; reviewed_at: string | null; review_comment: string | null; decided_by: string | null; decided_at: string | null;
  decision_no: string | null; published_at: string | null; listed_from: string | null; listed_until: string | null; duration_months: number;
  repair_applied_at: string | null; repair_note: string | null; removed_at: string | null; removed_reason: string | null; is_demo: Generated<number>;
  version: Generated<number>; updated_at: string;
};
export type JointPunishmentNoticeTable = {
  id: string; entry_id: string; path: string; department_id: string; measures: string; sent_at: string; acknowledged_at: string | null;
  acknowledged_by: string | null; response: string | null;
};
export type AttachmentTable = {
  id: string; path: string; owner_kind: string; owner_id: string; item_id: string | null; file_name: string; mime: string; size: number; sha256: string;
  taken_at: string | null; uploaded_by: string | null; uploaded_at: string;
};
export type AttachmentContentTable = { id: string; content: Buffer };
export type InspectionSettingTable = { key: string; value_json: string; updated_at: string; updated_by: string | null };

export type DB = {
  organisations: OrganisationTable;
  unit_aliases: UnitAliasTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_anchor: AuditAnchorTable;
  plans: PlanTable;
  plan_submission_kinds: PlanSubmissionKindTable;
  unit_alias_members: UnitAliasMemberTable;
  plan_imports: PlanImportTable;
  plan_phases: PlanPhaseTable;
  plan_tasks: PlanTaskTable;
  plan_task_units: PlanTaskUnitTable;
  plan_events: PlanEventTable;
  milestones: MilestoneTable;
  milestone_completions: MilestoneCompletionTable;
  progress_reports: ProgressReportTable;
  plan_submissions: PlanSubmissionTable;
  notices: NoticeTable;
  notice_targets: NoticeTargetTable;
  notifications: NotificationTable;
  assessment_criteria: AssessmentCriterionTable;
  calendar_overrides: CalendarOverrideTable;
  job_runs: JobRunTable;
  enterprises: EnterpriseTable;
  enterprise_licences: EnterpriseLicenceTable;
  enterprise_sites: EnterpriseSiteTable;
  enterprise_units: EnterpriseUnitTable;
  inventory_lines: InventoryLineTable;
  major_hazard_register: MajorHazardRegisterTable;
  monitoring_requirements: MonitoringRequirementTable;
  enterprise_declarations: EnterpriseDeclarationTable;
  catalog_editions: CatalogEditionTable;
  catalog_entries: CatalogEntryTable;
  restriction_list: RestrictionListTable;
  risk_points: RiskPointTable;
  risk_comments: RiskCommentTable;
  risk_confirmations: RiskConfirmationTable;
  risk_settings: RiskSettingTable;
  area_risk: AreaRiskTable;
  risk_snapshots: RiskSnapshotTable;
  map_areas: MapAreaTable;
  map_features: MapFeatureTable;
  checklist_templates: ChecklistTemplateTable;
  checklist_items: ChecklistItemTable;
  inspection_plans: InspectionPlanTable;
  inspection_draws: InspectionDrawTable;
  inspector_conflicts: InspectorConflictTable;
  inspections: InspectionTable;
  inspection_results: InspectionResultTable;
  sync_receipts: SyncReceiptTable;
  hazard_findings: HazardFindingTable;
  enforcement_cases: EnforcementCaseTable;
  blacklist_entries: BlacklistEntryTable;
  joint_punishment_notices: JointPunishmentNoticeTable;
  attachments: AttachmentTable;
  attachment_contents: AttachmentContentTable;
  inspection_settings: InspectionSettingTable;
};
