// The demo's enforcement cases and blacklist. About 25 cases on enterprises whose inspections found something:
// orders to rectify within a deadline (issued, complied, overdue, closed) covering that inspection's findings, and
// penalties at every step from 立案 to 结案 (warnings, fines as exact decimal strings, one suspension), the decided
// ones mostly published. Ten blacklist entries, one or more in every status, enterprises and persons (a valid
// GB 11643 ID number, never public), three published and one in credit repair, each published entry with
// joint-punishment notices to named departments (some acknowledged). Never the enterprise user's own company.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { addMonths } from '@hazgov/domain/blacklist/entry-workflow';
import { checkCharOf } from '@hazgov/domain/blacklist/id-number';
import { addDays, personName } from './demo-enterprise-names.js';
import { stampOn } from './demo-inspections-findings.js';
import type { VisitEnterprise, Visits } from './demo-inspections-visits.js';
import type { Rng } from './prng.js';

export type CasesInput = {
  rng: Rng; today: string; nowIso: string; visits: Visits; enterprises: Map<string, VisitEnterprise>; ownEnterpriseId: string;
  bureau: { id: string; userId: string | null }; admin: { userId: string | null }; ajj: { userId: string | null };
  departments: { id: string; path: string; name: string }[]; durationMonths: number;
};
export type Cases = {
  cases: Insertable<DB['enforcement_cases']>[]; entries: Insertable<DB['blacklist_entries']>[]; notices: Insertable<DB['joint_punishment_notices']>[];
};

const ORDER_STATUSES = ['issued', 'issued', 'issued', 'complied', 'complied', 'complied', 'complied', 'overdue', 'overdue', 'closed', 'closed', 'closed', 'closed'] as const;
const PENALTY_STATUSES = ['filed', 'filed', 'investigating', 'investigating', 'notified', 'decided', 'decided', 'executed', 'executed', 'closed', 'closed', 'closed'] as const;
const PENALTY_BASES = [
  { basis: '《安全生产法》第一百零二条', facts: '未采取措施消除事故隐患，经责令限期整改逾期未整改', kinds: ['fine'] },
  { basis: '《安全生产法》第一百零一条', facts: '未建立事故隐患排查治理制度，未如实记录隐患排查治理情况', kinds: ['warning', 'fine'] },
  { basis: '《危险化学品安全管理条例》第八十条', facts: '危险化学品储存不符合国家标准要求，禁配物质混存', kinds: ['fine'] },
  { basis: '《安全生产法》第九十九条', facts: '安全设备未经常性维护、保养和定期检测', kinds: ['fine', 'suspension'] },
] as const;

/** A resident ID number of GB 11643 (address code of 从化, a birth date, sequence and its check character). */
export function demoIdNumber(rng: Rng): string {
  const first17 = `440184${rng.int(1962, 1985)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${String(rng.int(10, 999)).padStart(3, '0')}`;
  return `${first17}${checkCharOf(first17)}`;
}

export function buildCases(c: CasesInput): Cases {
  const { rng, today, visits } = c;
  const stamp = (date: string): string => stampOn(rng, date, c.nowIso);
  const out: Cases = { cases: [], entries: [], notices: [] };
  // inspections that found something, oldest first, one case each
  const withFindings = visits.inspections.filter((i) => i.status === 'submitted' && visits.findings.some((f) => f.inspection_id === i.id)).sort((a, b) => String(a.scheduled_on).localeCompare(String(b.scheduled_on)));
  const ordersFrom = withFindings.filter((_, k) => k % 2 === 0).slice(0, ORDER_STATUSES.length);
  const penaltiesFrom = withFindings.filter((_, k) => k % 2 === 1 && withFindings[k]!.enterprise_id !== c.ownEnterpriseId).slice(0, PENALTY_STATUSES.length);
  let orderNo = 0;
  let penaltyNo = 0;
  const base = (i: (typeof withFindings)[number], n: number) => {
    const on = String(i.scheduled_on);
    const created = stamp(addDays(on, 1));
    return { id: `demo-case-${String(n).padStart(3, '0')}`, path: i.path, enterprise_id: i.enterprise_id, organisation_id: c.bureau.id, inspection_id: i.id,
      hazard_finding_ids_json: JSON.stringify(visits.findings.filter((f) => f.inspection_id === i.id).map((f) => f.id)), is_demo: 1, created_by: c.bureau.userId, created_at: created, on };
  };
  let n = 0;
  ordersFrom.forEach((i, k) => {
    const b = base(i, (n += 1));
    const status = ORDER_STATUSES[k]!;
    // an issued order is still within its deadline; an overdue one is past it
    const deadline = status === 'issued' ? addDays(today, rng.int(3, 20)) : status === 'overdue' ? addDays(today, -rng.int(2, 20)) : addDays(b.on, 15);
    const decided = status === 'issued' ? minDate(addDays(b.on, 1), today) : addDays(b.on, 1);
    const { on: _on, ...row } = b;
    out.cases.push({
      ...row, kind: 'rectification_order', status, decision_no: `（从）应急责改〔${decided.slice(0, 4)}〕${(orderNo += 1)}号`,
      facts: '经现场检查，该单位存在检查记录所列事故隐患，责令于期限内整改完毕并报送整改情况。', legal_basis: '《安全生产法》第六十五条',
      penalty_kinds_json: '[]', amount: null, deadline, decided_on: decided, closed_on: status === 'closed' ? minDate(addDays(b.on, rng.int(10, 20)), today) : null,
      published_at: null, version: status === 'issued' ? 1 : 2, updated_at: stamp(status === 'issued' ? decided : minDate(addDays(b.on, 16), today)),
    });
  });
  penaltiesFrom.forEach((i, k) => {
    const b = base(i, (n += 1));
    const status = PENALTY_STATUSES[k]!;
    const p = PENALTY_BASES[k % PENALTY_BASES.length]!;
    const step = ['filed', 'investigating', 'notified', 'decided', 'executed', 'closed'].indexOf(status);
    const decided = step >= 3 ? minDate(addDays(b.on, 25), today) : null;
    const fine = (p.kinds as readonly string[]).includes('fine');
    const { on: _on, ...row } = b;
    out.cases.push({
      ...row, kind: 'penalty', status, decision_no: decided ? `（从）应急罚〔${decided.slice(0, 4)}〕${(penaltyNo += 1)}号` : null,
      facts: `经调查，该单位${p.facts}。`, legal_basis: p.basis, penalty_kinds_json: JSON.stringify(p.kinds), amount: fine ? `${rng.int(2, 9) * 5000}.00` : null,
      deadline: null, decided_on: decided, closed_on: status === 'closed' ? minDate(addDays(b.on, 40), today) : null,
      published_at: decided && (status !== 'decided' || k % 2 === 0) ? stamp(minDate(addDays(decided, 5), today)) : null,
      version: step + 1, updated_at: stamp(minDate(addDays(b.on, 5 + step * 7), today)),
    });
  });

  // the blacklist: enterprises with penalties first, never the own company
  const penalised = [...new Set(out.cases.filter((x) => x.kind === 'penalty').map((x) => x.enterprise_id))];
  const rest = [...c.enterprises.keys()].filter((id) => id !== c.ownEnterpriseId && !penalised.includes(id)).sort();
  const pool = [...penalised, ...rest.filter((_, k) => k % 17 === 3)].filter((id) => id !== c.ownEnterpriseId);
  type Plan = { status: string; person?: boolean; criteria: string[]; ago: number };
  const plans: Plan[] = [
    { status: 'published', criteria: ['bl03'], ago: 60 }, { status: 'published', person: true, criteria: ['bl03', 'bl08'], ago: 45 },
    { status: 'published', criteria: ['bl05'], ago: 12 }, { status: 'repairing', criteria: ['bl08'], ago: 200 },
    { status: 'proposed', criteria: ['bl04'], ago: 6 }, { status: 'reviewed', criteria: ['bl02'], ago: 15 },
    { status: 'rejected', person: true, criteria: ['bl09'], ago: 30 }, { status: 'decided', criteria: ['bl03'], ago: 20 },
    { status: 'removed', criteria: ['bl08'], ago: 300 }, { status: 'expired', criteria: ['bl06'], ago: 420 },
  ];
  let decisionNo = 0;
  plans.forEach((p, k) => {
    const e = c.enterprises.get(pool[k % pool.length]!)!;
    const id = `demo-bl-${String(k + 1).padStart(2, '0')}`;
    const proposedOn = addDays(today, -p.ago);
    const step = (d: number): string => minDate(addDays(proposedOn, d), today);
    const reached = (s: string): boolean => {
      const order = ['proposed', 'reviewed', 'decided', 'published'];
      const at = p.status === 'rejected' ? 1 : ['published', 'repairing', 'removed', 'expired'].includes(p.status) ? 3 : order.indexOf(p.status);
      return order.indexOf(s) <= at;
    };
    const listed = reached('published') && p.status !== 'rejected';
    const listedFrom = listed ? step(7) : null;
    const cases = out.cases.filter((x) => x.enterprise_id === e.id && x.kind === 'penalty').map((x) => x.id);
    const person = p.person ? personName(rng) : null;
    out.entries.push({
      id, path: e.path, party_kind: p.person ? 'person' : 'enterprise', enterprise_id: e.id, party_name: person ?? e.name,
      credit_code: p.person ? null : e.uscc, id_number: p.person ? demoIdNumber(rng) : null, person_role: p.person ? '主要负责人' : null,
      criteria_json: JSON.stringify(p.criteria), reason: p.person ? '作为主要负责人，对发现的重大事故隐患拒不整改，仍组织从业人员冒险作业。' : '发现重大事故隐患不及时整改，经责令限期整改逾期仍未整改。',
      case_ids_json: JSON.stringify(cases), status: p.status, proposed_by: c.ajj.userId, proposed_at: stamp(proposedOn),
      reviewed_by: reached('reviewed') ? c.admin.userId : null, reviewed_at: reached('reviewed') ? stamp(step(2)) : null,
      review_comment: p.status === 'rejected' ? '现有证据不足以认定其为直接责任人，退回补充调查材料。' : reached('reviewed') ? '材料齐全，同意纳入。' : null,
      decided_by: reached('decided') && p.status !== 'rejected' ? c.admin.userId : null, decided_at: reached('decided') && p.status !== 'rejected' ? stamp(step(5)) : null,
      decision_no: reached('decided') && p.status !== 'rejected' ? `从安惩〔${step(5).slice(0, 4)}〕${(decisionNo += 1)}号` : null,
      published_at: listedFrom ? stamp(listedFrom) : null, listed_from: listedFrom,
      listed_until: listedFrom ? (p.status === 'expired' ? addDays(today, -rng.int(20, 40)) : addMonths(listedFrom, c.durationMonths)) : null,
      duration_months: c.durationMonths,
      repair_applied_at: p.status === 'repairing' || p.status === 'removed' ? stamp(step(150)) : null,
      repair_note: p.status === 'repairing' || p.status === 'removed' ? '已完成全部隐患整改并通过复查，缴清罚款，参加信用修复培训，申请信用修复。' : null,
      removed_at: p.status === 'removed' ? stamp(step(200)) : null, removed_reason: p.status === 'removed' ? '信用修复申请经审核通过，提前移出名单。' : null,
      is_demo: 1, version: 1 + ['reviewed', 'decided', 'published'].filter(reached).length + (p.status === 'repairing' || p.status === 'expired' ? 1 : p.status === 'removed' ? 2 : 0),
      updated_at: stamp(p.status === 'removed' ? step(200) : p.status === 'repairing' ? step(150) : listedFrom ?? step(5)),
    });
    if (listedFrom) {
      c.departments.forEach((d, j) => {
        const acknowledged = p.status !== 'published' || (k + j) % 3 !== 0; // most acknowledged; the newest entry's notices partly open
        out.notices.push({
          id: `${id}-notice-${j + 1}`, entry_id: id, path: d.path, department_id: d.id, measures: MEASURES[j % MEASURES.length]!, sent_at: stamp(listedFrom),
          acknowledged_at: acknowledged ? stamp(minDate(addDays(listedFrom, 2 + j), today)) : null, acknowledged_by: null,
          response: acknowledged ? '已收悉，已在本部门业务系统中标注并落实相应惩戒措施。' : null,
        });
      });
    }
  });
  return out;
}

const MEASURES = [
  '在政府采购、招标投标中依法限制其参与。',
  '在行政许可审批中从严审核，不予享受容缺受理等便利措施。',
  '列为重点监管对象，提高检查频次。',
  '限制其申请财政性资金项目支持。',
];
const minDate = (a: string, b: string): string => (a < b ? a : b);
