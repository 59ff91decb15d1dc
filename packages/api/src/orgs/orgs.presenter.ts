import type { OrgKind } from '@hazgov/domain/orgs/roles';
import type { OrganisationRow } from '@hazgov/db/orgs/organisations.repository';
import type { Org } from './orgs.schemas.js';

export function presentOrg(row: OrganisationRow): Org {
  return {
    id: row.id, parentId: row.parent_id, kind: row.kind as OrgKind, code: row.code, name: row.name, nameEn: row.name_en,
    path: row.path, sort: row.sort,
  };
}
