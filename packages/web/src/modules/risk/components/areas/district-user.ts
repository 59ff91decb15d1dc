import type { Role } from '@hazgov/domain/orgs/roles';

/** Users whose jurisdiction is the whole district: they may narrow the risk views to one territory. */
export const isDistrictUser = (role: Role): boolean => role === 'district_admin' || role === 'department' || role === 'inspector';
