// The demo's inspections and the hidden dangers they and others found. About 80 inspections: every enterprise of
// the two published draws (most submitted, the last few still planned), four planned ones for inspector01 (one at
// the enterprise user's own company, today) and ad hoc ones over the past year. A submitted inspection answers every
// item of its template (most pass, some not applicable, one in five general items fail, a major-criterion item one in thirty) and every failure is a finding, as
// submitting does. Findings found long enough ago are mostly closed; recent ones are open, being rectified or waiting
// for verification; some are past their deadline at each escalation level; majors are under 挂牌督办. The rest of the
// ~400 findings come from enterprises' self-checks, reports and other sources with a fixed mix of states, so every
// state and level is there whatever the draws picked. The own company gets one finding in each open state.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { supervisionNumber } from '@hazgov/domain/hidden-dangers/finding-workflow';
import { defaultDeadlines } from '@hazgov/domain/inspections/settings';
import type { DrawAssignment } from '@hazgov/domain/inspections/types';
import { FINDING_TEMPLATES, type FindingTemplate } from './demo-inspections-catalog.js';
import { findingRow, stampOn, type FindingEnterprise, type FindingRow, type FindingStory } from './demo-inspections-findings.js';
import type { DemoUser } from './demo-inspections-people.js';
import type { PlannedDraw } from './demo-inspections-plans.js';
import { addDays } from './demo-enterprise-names.js';
import type { Rng } from './prng.js';

export type DemoTemplate = { id: string; name: string; items: { id: string; area: string; content: string; legal_basis: string; severity_hint: string; major_criterion: string | null }[] };
export type VisitEnterprise = FindingEnterprise & { name: string; type: string; uscc: string | null };
export type VisitsInput = {
  rng: Rng; today: string; nowIso: string; enterprises: VisitEnterprise[]; templates: Map<string, DemoTemplate>; draws: PlannedDraw[];
  inspectors: DemoUser[]; inspector01: DemoUser; bureau: { id: string; name: string }; town: { id: string }; ownEnterpriseId: string;
};
export type Visits = {
  inspections: Insertable<DB['inspections']>[]; results: Insertable<DB['inspection_results']>[]; findings: FindingRow[];
};

const REPRESENTATIVES = ['陈志强', '李建华', '黄伟明', '张丽娟', '刘国平', '何少锋', '梁永坚', '吴晓燕'];
const SUMMARIES = ['现场检查发现问题已当场告知企业，责令限期整改。', '企业安全管理总体规范，个别问题已责令整改。', '检查发现多项问题，已拍照取证并下达整改要求。'];
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** A failed checklist item as the finding's template: its area, its wording, its basis and major criterion. */
const fromItem = (item: DemoTemplate['items'][number]): FindingTemplate => ({
  area: item.area, description: `检查项不符合：${item.content.replace(/[？?]$/, '')}`, legalBasis: item.legal_basis,
  ...(item.major_criterion ? { major: item.major_criterion } : {}),
});

/** The story of a finding from an inspection on `foundOn`: closed once long past its deadline, else still in the loop. */
function storyFor(rng: Rng, dueIn: number): { story: FindingStory; overdueDays: number } {
  if (dueIn >= 0) return { story: rng.pick<FindingStory>(['open', 'open', 'rectifying', 'rectifying', 'awaiting_verification']), overdueDays: -dueIn };
  const r = rng.next();
  if (r < 0.7) return { story: 'closed', overdueDays: 0 };
  if (r < 0.78) return { story: 'closed_after_return', overdueDays: 0 };
  if (r < 0.83) return { story: 'reopened', overdueDays: -rng.int(3, 20) };
  return { story: rng.pick<FindingStory>(['open', 'rectifying', 'rectifying', 'returned']), overdueDays: -dueIn };
}

/** Independent findings (self-check, report, other): a fixed mix so every state and escalation level is present. */
const INDEPENDENT: readonly [FindingStory, number, [number, number]][] = [
  ['open', 20, [-14, 0]], ['open', 8, [1, 6]], ['open', 8, [7, 29]], ['open', 8, [30, 120]],
  ['rectifying', 20, [-30, 0]], ['rectifying', 5, [1, 6]], ['rectifying', 6, [7, 29]], ['rectifying', 10, [30, 150]],
  ['awaiting_verification', 15, [-10, 0]], ['returned', 6, [-10, 0]], ['returned', 4, [3, 40]], ['reopened', 6, [-20, -3]],
  ['closed', 110, [0, 0]], ['closed_after_return', 9, [0, 0]],
];

export function buildVisits(v: VisitsInput): Visits {
  const { rng, today } = v;
  const stamp = (date: string): string => stampOn(rng, date, v.nowIso);
  const out: Visits = { inspections: [], results: [], findings: [] };
  const byId = new Map(v.enterprises.map((e) => [e.id, e]));
  const supervisionCount = new Map<string, number>();
  const supervision = (row: FindingRow): void => {
    if (row.severity !== 'major') return;
    const year = row.found_on.slice(0, 4);
    const n = (supervisionCount.get(year) ?? 0) + 1;
    supervisionCount.set(year, n);
    row.supervision_status = row.status === 'closed' ? 'delisted' : 'listed';
    row.supervision_no = supervisionNumber(year, n);
    row.supervision_org_id = v.bureau.id;
    row.supervision_listed_at = row.created_at;
  };
  let nInspection = 0;
  let nFinding = 0;
  const nextFinding = (): string => `demo-hf-${String((nFinding += 1)).padStart(4, '0')}`;

  type Visit = { enterprise: VisitEnterprise; organisationId: string; plan: PlannedDraw | null; inspectorIds: string[]; on: string; submitted: boolean; forced?: FindingStory[] };
  const visit = (x: Visit): void => {
    const template = v.templates.get(x.enterprise.type) ?? v.templates.get('storage') ?? [...v.templates.values()][0];
    if (!template) return;
    const id = `demo-insp-${String((nInspection += 1)).padStart(3, '0')}`;
    const startedAt = stamp(x.on);
    const submittedAt = x.submitted ? startedAt.replace(/T0(\d)/, (_m, h: string) => `T0${Math.min(9, Number(h) + 1)}`) : null;
    let fails = 0;
    if (x.submitted) {
      const forcedFails = new Set<number>();
      while (x.forced && forcedFails.size < Math.min(x.forced.length, template.items.length)) forcedFails.add(rng.int(0, template.items.length - 1));
      template.items.forEach((item, k) => {
        const r = rng.next();
        const fail = x.forced ? forcedFails.has(k) : r < (item.major_criterion ? 0.03 : 0.2); // a major-criterion failure is rarer
        const outcome = fail ? 'fail' : r > 0.92 ? 'not_applicable' : 'pass';
        let findingId: string | null = null;
        if (fail) {
          const due = addDays(x.on, item.major_criterion ? defaultDeadlines.majorDays : defaultDeadlines.generalDays);
          const forced = x.forced?.[fails];
          const s = forced ? { story: forced, overdueDays: -daysBetween(today, due) } : storyFor(rng, daysBetween(today, due));
          const row = findingRow(rng, today, {
            id: nextFinding(), enterprise: x.enterprise, template: fromItem(item), story: s.story, overdueDays: s.overdueDays, foundOn: x.on,
            source: 'inspection', inspectionId: id, itemId: item.id, foundBy: x.inspectorIds[0] ?? null, verifiedBy: rng.pick(x.inspectorIds), supervision: null, isDemo: true,
          }, v.nowIso);
          supervision(row);
          out.findings.push(row);
          findingId = row.id;
          fails += 1;
        }
        out.results.push({ inspection_id: id, item_id: item.id, path: x.enterprise.path, outcome, note: fail ? '现场检查不符合要求，已拍照取证。' : null, hazard_finding_id: findingId, recorded_at: submittedAt ?? startedAt });
      });
    }
    const createdOn = addDays(x.on, -rng.int(1, 10));
    const created = stamp(createdOn < today ? (x.plan && createdOn <= x.plan.drawnOn ? addDays(x.plan.drawnOn, 1) : createdOn) : today);
    out.inspections.push({
      id, path: x.enterprise.path, enterprise_id: x.enterprise.id, territory_id: x.enterprise.territory_id, organisation_id: x.organisationId,
      plan_id: x.plan?.plan.id ?? null, draw_id: x.plan?.draw.id ?? null, template_id: template.id, inspector_ids_json: JSON.stringify(x.inspectorIds),
      scheduled_on: x.on, status: x.submitted ? 'submitted' : 'planned', started_at: x.submitted ? startedAt : null, submitted_at: submittedAt,
      summary: x.submitted ? (fails === 0 ? '检查未发现问题。' : rng.pick(SUMMARIES)) : null,
      representative_name: x.submitted ? rng.pick(REPRESENTATIVES) : null, representative_confirmed_at: submittedAt,
      is_demo: 1, version: x.submitted ? 3 : 1, created_by: null, created_at: created, updated_at: submittedAt ?? created,
    });
  };

  // the draws: every drawn enterprise, most visited between the draw and today, the last few still planned
  for (const d of v.draws) {
    const planned = Math.max(2, Math.round(d.assignments.length / 5));
    d.assignments.forEach((a: DrawAssignment, k: number) => {
      const enterprise = byId.get(a.enterpriseId);
      if (!enterprise) return;
      const submitted = k < d.assignments.length - planned;
      const span = Math.max(1, daysBetween(d.drawnOn, today) - 3);
      const on = submitted ? addDays(d.drawnOn, 3 + Math.floor((k * span) / d.assignments.length)) : addDays(today, 1 + rng.int(0, 20));
      visit({ enterprise, organisationId: d.plan.organisation_id, plan: d, inspectorIds: a.inspectorIds, on, submitted });
    });
  }
  const own = byId.get(v.ownEnterpriseId);
  const others = v.enterprises.filter((e) => e.id !== v.ownEnterpriseId);
  const pair = (): string[] => { const a = rng.pick(v.inspectors); let b = rng.pick(v.inspectors); while (b.id === a.id) b = rng.pick(v.inspectors); return [a.id, b.id]; };
  // inspector01's planned visits (the phone's "mine" list); the own company's is today
  const mine = [own, ...Array.from({ length: 3 }, () => rng.pick(others))].filter((e): e is VisitEnterprise => Boolean(e));
  mine.forEach((enterprise, k) => visit({ enterprise, organisationId: v.bureau.id, plan: null, inspectorIds: [v.inspector01.id, rng.pick(v.inspectors.filter((i) => i.id !== v.inspector01.id)).id], on: addDays(today, k === 0 ? 0 : rng.int(1, 14)), submitted: false }));
  // the own company: an older visit (its findings closed) and a recent one with one finding in each open state
  if (own) {
    visit({ enterprise: own, organisationId: v.bureau.id, plan: null, inspectorIds: [v.inspector01.id, pair()[1]!], on: addDays(today, -200), submitted: true, forced: ['closed', 'closed_after_return'] });
    visit({ enterprise: own, organisationId: v.town.id, plan: null, inspectorIds: [v.inspector01.id], on: addDays(today, -10), submitted: true, forced: ['open', 'rectifying', 'awaiting_verification'] });
  }
  // ad hoc visits over the past year up to 80 inspections
  while (out.inspections.length < 80) {
    const enterprise = rng.pick(others);
    visit({ enterprise, organisationId: enterprise.territory_id === v.town.id && rng.chance(0.5) ? v.town.id : v.bureau.id, plan: null, inspectorIds: pair(), on: addDays(today, -rng.int(3, 330)), submitted: true });
  }

  // findings from self-checks, reports and other sources
  for (const [story, count, [lo, hi]] of INDEPENDENT) {
    for (let k = 0; k < count; k += 1) {
      const enterprise = k === 0 && story === 'rectifying' && hi > 6 && lo >= 7 && own ? own : rng.pick(others);
      const template = rng.chance(0.12) ? rng.pick(FINDING_TEMPLATES.filter((t) => t.major)) : rng.pick(FINDING_TEMPLATES.filter((t) => !t.major));
      const row = findingRow(rng, today, {
        id: nextFinding(), enterprise, template, story, overdueDays: rng.int(lo, hi), source: rng.pick(['self_check', 'self_check', 'report', 'other'] as const),
        foundBy: null, verifiedBy: rng.pick(v.inspectors).id, supervision: null, isDemo: true,
      }, v.nowIso);
      supervision(row);
      out.findings.push(row);
    }
  }
  return out;
}
