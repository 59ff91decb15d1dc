// The inbox messages recomputeUnit sends when a unit crosses S = 1 or changes grade, for the units an import
// wrote: each unit's territory and the district's office(s) are told. An import can make hundreds of major hazards
// at once, so an organisation with more than a few gets one summary with the counts instead of one message a unit.
import type { Db } from '@hazgov/db/database';
import { listOfficesOf } from '@hazgov/db/major-hazards/identification.repository';
import { findOrganisationsByIds } from '@hazgov/db/plans/plan-organisations.repository';
import { districtPathOf } from '@hazgov/domain/orgs/scope';
import { notify, type NotificationDraft } from '../../notifications/notify.js';
import type { Crossing } from './write-plan.js';

const GRADE_ZH = ['', '一级', '二级', '三级', '四级'];
/** Up to this many units an organisation gets one message per unit (as recomputeUnit sends); above it, a summary. */
export const PER_UNIT_LIMIT = 10;

/** The text recomputeUnit writes for one unit. */
function unitDraft(c: Crossing, to: { id: string; path: string }, at: string): NotificationDraft {
  const after = c.after;
  const what = !after.isMajorHazard
    ? '已低于重大危险源临界量（S < 1）'
    : after.grade !== null ? `构成${GRADE_ZH[after.grade]}重大危险源（R = ${c.rDisplay ?? '?'}）` : '构成重大危险源（S ≥ 1），待填写周边 500 米人数以分级';
  return {
    organisationId: to.id, path: to.path, kind: 'major_hazard_change',
    title: `${c.enterpriseName}「${c.unitName}」${what}`,
    body: `依据 GB 18218-2018 重新辨识：S = ${c.sDisplay ?? '—'}。`,
    link: `/major-hazards/${encodeURIComponent(c.unitId)}`,
    dedupeKey: `mh:${c.unitId}:${at}:${after.isMajorHazard ? after.grade ?? 'ungraded' : 'below'}`,
  };
}

function summaryDraft(crossings: readonly Crossing[], to: { id: string; path: string }, at: string, territoryId: string | null): NotificationDraft {
  const count = (f: (c: Crossing) => boolean): number => crossings.filter(f).length;
  const parts = [1, 2, 3, 4].map((g) => [g, count((c) => c.after.isMajorHazard && c.after.grade === g)] as const).filter(([, n]) => n > 0).map(([g, n]) => `${GRADE_ZH[g]} ${n} 个`);
  const ungraded = count((c) => c.after.isMajorHazard && c.after.grade === null);
  const below = count((c) => !c.after.isMajorHazard);
  if (ungraded > 0) parts.push(`待分级 ${ungraded} 个`);
  if (below > 0) parts.push(`降至临界量以下 ${below} 个`);
  return {
    organisationId: to.id, path: to.path, kind: 'major_hazard_change',
    title: `批量导入：${crossings.length} 个生产储存单元的重大危险源辨识结果发生变化`,
    body: `依据 GB 18218-2018 辨识：${parts.join('，')}。`,
    link: territoryId ? `/major-hazards?territoryId=${encodeURIComponent(territoryId)}` : '/major-hazards',
    dedupeKey: `mh-import:${to.id}:${at}`,
  };
}

export async function notifyCrossings(trx: Db, crossings: readonly Crossing[], at: string): Promise<number> {
  if (crossings.length === 0) return 0;
  const territoryIds = [...new Set(crossings.map((c) => c.territoryId))];
  const territories = await findOrganisationsByIds(trx, territoryIds);
  const districts = [...new Set(territories.map((t) => districtPathOf(t.path)))];
  const offices = (await Promise.all(districts.map((d) => listOfficesOf(trx, d)))).flat();
  const drafts: NotificationDraft[] = [];
  const send = (to: { id: string; path: string }, list: readonly Crossing[], territoryId: string | null): void => {
    if (list.length <= PER_UNIT_LIMIT) drafts.push(...list.map((c) => unitDraft(c, to, at)));
    else drafts.push(summaryDraft(list, to, at, territoryId));
  };
  for (const t of territories) send(t, crossings.filter((c) => c.territoryId === t.id), t.id);
  for (const o of offices) send(o, crossings.filter((c) => territories.some((t) => t.id === c.territoryId && districtPathOf(t.path) === districtPathOf(o.path))), null);
  return notify(trx, drafts, at);
}
