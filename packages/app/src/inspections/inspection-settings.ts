// Loads the inspection context's settings (inspection_settings rows over the defaults from data/inspections and the
// domain). Every use case that needs criteria, escalation days, deadlines or the public-field policy reads them here.
import type { Db } from '@hazgov/db/database';
import type { InspectionSettings } from '@hazgov/domain/inspections/settings';

export async function loadInspectionSettings(db: Db): Promise<InspectionSettings> {
  void db;
  throw new Error('loadInspectionSettings: not built yet (H1)');
}
