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
};
