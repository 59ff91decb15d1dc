// The settings the hidden-danger use cases need (major criteria, escalation days, deadline defaults), read through the
// inspection context's one loader. Until that loader is built (H1's slot throws "not built yet") the documented
// defaults stand in: the 20 criteria of data/inspections/major-criteria.json and the domain's escalation and deadlines.
import type { Db } from '@hazgov/db/database';
import type { MajorCriterion } from '@hazgov/domain/hidden-dangers/types';
import { defaultDeadlines, defaultEscalation, type InspectionSettings } from '@hazgov/domain/inspections/settings';
import criteriaData from '../../../../data/inspections/major-criteria.json';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';

export type FindingSettings = Pick<InspectionSettings, 'majorCriteria' | 'escalation' | 'deadlines'>;

const fileCriteria: MajorCriterion[] = criteriaData.criteria.map((c) => ({ key: c.key, text: c.text, basis: criteriaData.source, verified: criteriaData.verified }));

export async function loadFindingSettings(db: Db): Promise<FindingSettings> {
  try {
    const s = await loadInspectionSettings(db);
    return { majorCriteria: s.majorCriteria, escalation: s.escalation, deadlines: s.deadlines };
  } catch (e) {
    if (e instanceof Error && /not built yet/.test(e.message)) return { majorCriteria: fileCriteria, escalation: defaultEscalation, deadlines: defaultDeadlines };
    throw e;
  }
}
