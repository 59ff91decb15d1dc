// Who may add which risk points (contract § issue 4 "Writes"): an enterprise its own points; the district admin
// both kinds; departments and territories public places. The server decides; this only hides buttons. Pure.
import type { Role } from '@hazgov/domain/orgs/roles';

export type CreateRights = { enterprisePoints: boolean; publicPlaces: boolean };

export function createRightsOf(role: Role | undefined): CreateRights {
  return {
    enterprisePoints: role === 'enterprise' || role === 'district_admin',
    publicPlaces: role === 'district_admin' || role === 'department' || role === 'territory',
  };
}

export const canCreateAny = (r: CreateRights) => r.enterprisePoints || r.publicPlaces;
/** Post confirmations (岗位安全风险确认) are recorded by the enterprise's users and the admin. */
export const canConfirm = (role: Role | undefined) => role === 'enterprise' || role === 'district_admin';
/** Comments: the regulators (the same roles that may override). */
export const canComment = (role: Role | undefined) => role === 'district_admin' || role === 'department' || role === 'inspector' || role === 'territory';
