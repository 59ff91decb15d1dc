// Which enterprises are listed (an entry published or in credit repair): the badge every page shows beside them.
import type { Db } from '../database.js';

export async function listedEnterpriseIdsAmong(db: Db, enterpriseIds: readonly string[]): Promise<Set<string>> {
  void db; void enterpriseIds;
  return new Set(); // H4
}
