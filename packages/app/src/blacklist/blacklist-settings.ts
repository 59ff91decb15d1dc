// The listing criteria and the public-field policy in force, through the inspection context's one settings loader.
import type { Db } from '@hazgov/db/database';
import type { ListingCriterion, PublicFieldPolicy } from '@hazgov/domain/blacklist/types';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';

export async function loadBlacklistCriteria(db: Db): Promise<ListingCriterion[]> {
  return (await loadInspectionSettings(db)).blacklistCriteria;
}

export async function loadPublicFields(db: Db): Promise<PublicFieldPolicy> {
  return (await loadInspectionSettings(db)).publicFields;
}
