// Which kinds of organisation a role's account may belong to: a territory account sits in a town or grid cell,
// an enterprise account in its company. A mismatch would give an account a jurisdiction its role never meant.
import type { OrgKind, Role } from './roles.js';

const fits: Record<Role, readonly OrgKind[]> = {
  district_admin: ['district', 'committee', 'office'],
  department: ['department'],
  territory: ['territory', 'grid'],
  enterprise: ['enterprise'],
  inspector: ['office', 'department', 'territory', 'grid'],
  agency: ['agency'],
};

export function roleFitsOrganisation(role: Role, kind: string): boolean {
  return (fits[role] as readonly string[]).includes(kind);
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
