// Published penalty decisions (行政处罚决定公开, no login), each cut by publicView to its public fields. The cited
// findings are a locked field: internal, never public.
import { listPublishedPenalties, type CaseView } from '@hazgov/db/enforcement/enforcement-cases.repository';
import { publicView } from '@hazgov/domain/blacklist/public-view';
import { loadInspectionSettings } from '../inspections/inspection-settings.js';
import type { AppContext } from '../shared/context.js';
import { PUBLIC_LIMIT } from './public-blacklist.js';

export type PublicPenaltyRecord = {
  id: string; enterpriseName: string; creditCode: string; decisionNo: string | null; facts: string; legalBasis: string; penaltyKinds: string[];
  amount: string | null; decidedOn: string | null; organisation: string | null; findings: string[];
};

export async function listPublicPenalties(ctx: AppContext): Promise<{ generatedAt: string; items: Record<string, unknown>[] }> {
  const db = ctx.database.db;
  const policy = (await loadInspectionSettings(db)).publicFields;
  const record = (c: CaseView): PublicPenaltyRecord => ({
    id: c.id, enterpriseName: c.enterprise_name, creditCode: c.enterprise_uscc, decisionNo: c.decision_no, facts: c.facts, legalBasis: c.legal_basis,
    penaltyKinds: JSON.parse(c.penalty_kinds_json) as string[], amount: c.amount, decidedOn: c.decided_on, organisation: c.organisation_name,
    findings: JSON.parse(c.hazard_finding_ids_json) as string[],
  });
  const rows = await listPublishedPenalties(db, PUBLIC_LIMIT);
  return { generatedAt: ctx.now().toISOString(), items: rows.map((c) => publicView(policy, 'penalty', record(c))) };
}
