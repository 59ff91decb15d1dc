// The risk rules in force: the district's saved settings (risk_settings) or the documented defaults. Every reader of
// a band, the area rule or a supervision frequency goes through here (H2 extends it with the area rule).
import type { Db } from '@hazgov/db/database';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { RiskBands } from '@hazgov/domain/risk/types';

export async function loadBands(db: Db): Promise<RiskBands> {
  const row = await db.selectFrom('risk_settings').select('value_json').where('key', '=', 'bands').executeTakeFirst();
  return row ? (JSON.parse(row.value_json) as RiskBands) : defaultBands;
}
