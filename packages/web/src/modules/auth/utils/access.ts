// What each role may open. The server enforces it; the menu only hides what would answer 403.
import type { Role } from '@hazgov/domain/orgs/roles';

export const planRoles: readonly Role[] = ['district_admin', 'department', 'territory', 'inspector'];
export const reportingRoles: readonly Role[] = ['department', 'territory'];
export const unitRoles: readonly Role[] = ['district_admin', 'department', 'territory'];
export const adminRoles: readonly Role[] = ['district_admin'];

export const can = {
  seePlans: (r: Role) => planRoles.includes(r),
  report: (r: Role) => reportingRoles.includes(r),
  review: (r: Role) => r === 'district_admin',
  seeSubmissions: (r: Role) => unitRoles.includes(r),
  seeNotices: (r: Role) => unitRoles.includes(r),
  createNotice: (r: Role) => r === 'district_admin',
  seeAssessment: (r: Role) => unitRoles.includes(r),
  editCriteria: (r: Role) => r === 'district_admin',
  /** The district office; a town or street for its own plan (which must refine the district's). */
  importPlan: (r: Role) => r === 'district_admin' || r === 'territory',
  admin: (r: Role) => r === 'district_admin',
  /** Enterprise records: every role but agency (an enterprise sees only itself). */
  seeEnterprises: (r: Role) => r !== 'agency',
  /** Create and edit enterprises other than one's own: regulators and territories. */
  editEnterprises: (r: Role) => r === 'district_admin' || r === 'department' || r === 'territory',
  reviewDeclarations: (r: Role) => r === 'district_admin' || r === 'department',
  /** Risk points: every role but agency (an enterprise sees and keeps its own). */
  seeRisk: (r: Role) => r !== 'agency',
  /** Override a grade and comment: the regulators. */
  overrideRisk: (r: Role) => r === 'district_admin' || r === 'department' || r === 'inspector' || r === 'territory',
  /** The map: every role but agency; an enterprise sees itself on it. */
  seeMap: (r: Role) => r !== 'agency',
  /** Inspections: the regulators, and an enterprise for the inspections of itself (read only). */
  seeInspections: (r: Role) => r !== 'agency',
  /** Plan inspections, draw 双随机, keep checklists' use: the regulators that inspect. */
  planInspections: (r: Role) => r === 'district_admin' || r === 'department' || r === 'territory',
  /** Fill an inspection record in the field. */
  inspect: (r: Role) => r === 'district_admin' || r === 'department' || r === 'territory' || r === 'inspector',
  /** Hidden dangers: every role but agency (an enterprise rectifies its own). */
  seeHiddenDangers: (r: Role) => r !== 'agency',
  /** Verify, return, reopen, extend a finding: the regulators. */
  verifyFindings: (r: Role) => r === 'district_admin' || r === 'department' || r === 'territory' || r === 'inspector',
  /** Enforcement cases: the regulators; an enterprise sees its own. */
  seeEnforcement: (r: Role) => r !== 'agency',
  enforce: (r: Role) => r === 'district_admin' || r === 'department' || r === 'inspector',
  /** The blacklist: every role but agency; proposing by departments, towns and the office; deciding by the office and departments. */
  seeBlacklist: (r: Role) => r !== 'agency',
  proposeBlacklist: (r: Role) => r === 'district_admin' || r === 'department' || r === 'territory',
  decideBlacklist: (r: Role) => r === 'district_admin' || r === 'department',
};
