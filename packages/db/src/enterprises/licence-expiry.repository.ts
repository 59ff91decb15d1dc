// Licences whose expiry falls in a window, with who to tell: the enterprise's organisation and its territory.
import type { Db } from '../database.js';

export type ExpiringLicence = {
  id: string; kind: string; number: string; expires_on: string; enterprise_id: string; enterprise_name: string;
  organisation_id: string; path: string; territory_id: string; territory_path: string;
};

export async function listLicencesExpiringBetween(db: Db, from: string, to: string): Promise<ExpiringLicence[]> {
  return db.selectFrom('enterprise_licences as l')
    .innerJoin('enterprises as e', 'e.id', 'l.enterprise_id')
    .innerJoin('organisations as t', 't.id', 'e.territory_id')
    .select(['l.id', 'l.kind', 'l.number', 'l.expires_on', 'e.id as enterprise_id', 'e.name as enterprise_name', 'e.organisation_id', 'e.path',
      'e.territory_id', 't.path as territory_path'])
    .where('l.expires_on', '>=', from).where('l.expires_on', '<=', to)
    .orderBy('l.expires_on').orderBy('l.id')
    .execute();
}
