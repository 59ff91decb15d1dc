// 挂牌督办 by hand (POST /api/hidden-dangers/:id/supervision): the district admin or a department lists a major finding
// (a number 从安督〔YYYY〕N号 when it has none, or the one given) or takes it off the list. A major finding is listed
// automatically when found and delisted when verified; this is for the exceptions. One transaction, audited.
import { districtBodies } from '@hazgov/db/hidden-dangers/finding-organisations.repository';
import { maxSupervisionNumber, updateFinding } from '@hazgov/db/hidden-dangers/hazard-findings.repository';
import { supervisionNumber, supervisionPrefix } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { districtPathOf, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden } from '@hazgov/domain/shared/app-error';
import { recordAudit } from '../audit/audit-chain.js';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { maySupervise, requireFindingInScope } from './finding-access.js';

export async function setFindingSupervision(ctx: AppContext, opts: { actor: Actor; findingId: string; listed: boolean; no?: string | null }): Promise<void> {
  const now = ctx.now();
  const at = now.toISOString();
  await inTransaction(ctx, async (trx) => {
    const f = await requireFindingInScope(trx, opts.actor, opts.findingId);
    if (!maySupervise(opts.actor)) throw forbidden();
    if (f.severity !== 'major') throw new AppError('FINDING_NOT_MAJOR', 'conflict');
    if (opts.listed && f.status === 'closed') throw new AppError('FINDING_TRANSITION_NOT_ALLOWED', 'conflict', { status: f.status, action: 'supervise' });
    let no = f.supervision_no;
    if (opts.listed) {
      const given = opts.no?.trim();
      if (given) no = given;
      else if (!no) {
        const year = chinaDateOf(now).slice(0, 4);
        no = supervisionNumber(year, (await maxSupervisionNumber(trx, supervisionPrefix(year))) + 1);
      }
    }
    const { office } = await districtBodies(trx, districtPathOf(f.path));
    const status = opts.listed ? 'listed' : 'delisted';
    await updateFinding(trx, f.id, {
      supervision_status: status, supervision_no: no, updated_at: at,
      ...(opts.listed ? { supervision_listed_at: at, supervision_org_id: f.supervision_org_id ?? office?.id ?? null } : {}),
    });
    await recordAudit(trx, {
      actor: opts.actor, action: `hazard_finding.supervision_${status}`, entity: 'hazard_finding', entityId: f.id, at,
      before: { id: f.id, supervisionStatus: f.supervision_status, supervisionNo: f.supervision_no },
      after: { id: f.id, status: f.status, supervisionStatus: status, supervisionNo: no },
    });
  });
}
