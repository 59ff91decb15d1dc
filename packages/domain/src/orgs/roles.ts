// The roles of DESIGN §2. A role says what an actor may do; the organisation says where.
export const roles = ['district_admin', 'department', 'territory', 'enterprise', 'inspector', 'agency'] as const;
export type Role = (typeof roles)[number];

export const orgKinds = ['district', 'committee', 'office', 'department', 'territory', 'grid', 'enterprise', 'agency'] as const;
export type OrgKind = (typeof orgKinds)[number];

export const isGovernmentRole = (role: Role): boolean =>
  role === 'district_admin' || role === 'department' || role === 'territory' || role === 'inspector';
