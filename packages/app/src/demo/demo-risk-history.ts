// What happened around the demo's risk points: the bureau's and the town's comments (most on the enterprise user's
// own company, whose safety manager answers one), the post confirmations (岗位安全风险确认) of that company's workers,
// and a year of monthly risk_snapshots per territory — a believable trend (fewer red and out-of-control points month
// after month as controls took effect, more points recorded) ending at the seeding date with today's real counts.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { addDays, personName } from './demo-enterprise-names.js';
import type { RiskPointRow } from './demo-risk-points.js';
import type { Rng } from './prng.js';

export type DemoPerson = { id: string; name: string; organisation: string };
type CommentRow = Insertable<DB['risk_comments']>;
type ConfirmationRow = Insertable<DB['risk_confirmations']>;
type SnapshotRow = Insertable<DB['risk_snapshots']>;

const instant = (date: string, hour: number): string => `${date}T${String(hour).padStart(2, '0')}:15:00.000Z`;

const BUREAU_REMARKS = [
  '请补充储罐液位高高联锁的定期测试记录，并在下次复核时上传。',
  '现场检查发现可燃气体检测报警仪未按期检定，请于15日内整改并反馈。',
  '该点为重大风险，请企业主要负责人每月带队检查一次，并落实包保责任。',
  '请将应急处置卡张贴在岗位现场，并组织一次现场处置方案演练。',
  '管控措施中培训教育内容不具体，请写明培训频次和考核方式。',
];
const TOWN_REMARKS = ['镇安监办网格员已现场核实，周边500米范围人员情况与申报一致。', '请在节假日前完成一次自查，并将自查表报镇安监办。'];

export function buildComments(rng: Rng, a: { own: readonly RiskPointRow[]; others: readonly RiskPointRow[]; bureau: DemoPerson; town: DemoPerson; owner: DemoPerson; today: string }): CommentRow[] {
  const rows: CommentRow[] = [];
  const add = (p: RiskPointRow, who: DemoPerson, body: string, daysAgo: number): void => {
    rows.push({ id: `demo-rc-${String(rows.length + 1).padStart(3, '0')}`, risk_point_id: p.id, path: p.path, author_id: who.id, author_name: who.name, author_organisation: who.organisation, body, created_at: instant(addDays(a.today, -daysAgo), 2 + (rows.length % 6)) });
  };
  const ownRed = a.own.find((p) => p.level === 'red') ?? a.own[0];
  if (ownRed) {
    add(ownRed, a.bureau, BUREAU_REMARKS[0]!, 40);
    add(ownRed, a.owner, '已补充近三个月液位联锁测试记录（见附件清单），并将测试频次由每季度改为每月。', 37);
    add(ownRed, a.bureau, BUREAU_REMARKS[2]!, 12);
  }
  const second = a.own.find((p) => p !== ownRed && p.kind === 'site') ?? a.own[1];
  if (second) add(second, a.town, TOWN_REMARKS[0]!, 20);
  const third = a.own.find((p) => p !== ownRed && p !== second && p.level !== 'blue');
  if (third) add(third, a.bureau, BUREAU_REMARKS[3]!, 8);
  // a few on other enterprises' worst points
  const worst = a.others.filter((p) => p.enterprise_id && (p.level === 'red' || p.status === 'out_of_control')).slice(0, 10);
  for (const p of worst) add(p, rng.chance(0.7) ? a.bureau : a.town, rng.pick([...BUREAU_REMARKS, ...TOWN_REMARKS]), rng.int(1, 90));
  return rows;
}

/** Each post of each own point confirmed by one to three workers over the last months. */
export function buildConfirmations(rng: Rng, a: { own: readonly RiskPointRow[]; recorder: string; today: string }): ConfirmationRow[] {
  const rows: ConfirmationRow[] = [];
  for (const p of a.own) {
    for (const post of JSON.parse(p.posts_json) as string[]) {
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k += 1) {
        const on = addDays(a.today, -rng.int(1, 120));
        rows.push({
          id: `demo-rcf-${String(rows.length + 1).padStart(3, '0')}`, risk_point_id: p.id, path: p.path, post, person_name: personName(rng), confirmed_on: on,
          note: rng.chance(0.3) ? '已学习岗位风险告知卡和应急处置措施。' : null, recorded_by: a.recorder, created_at: instant(on, 3),
        });
      }
    }
  }
  return rows;
}

export type Counts = { red: number; orange: number; yellow: number; blue: number; out_of_control: number; review_late: number };

/** The same day of each of the last 12 months (clamped to the month's length), oldest first, ending today. */
export function monthlyDates(today: string): string[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const back = 11 - i;
    const month0 = (m - 1 - back + 1200) % 12;
    const year = y + Math.floor((m - 1 - back) / 12);
    const last = new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
    return `${year}-${String(month0 + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });
}

export function buildSnapshots(rng: Rng, a: { territories: readonly { id: string; path: string }[]; now: Map<string, Counts>; today: string }): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  const dates = monthlyDates(a.today);
  for (const t of a.territories) {
    const c = a.now.get(t.id) ?? { red: 0, orange: 0, yellow: 0, blue: 0, out_of_control: 0, review_late: 0 };
    dates.forEach((taken, i) => {
      const back = dates.length - 1 - i; // months before today
      if (back === 0) { rows.push({ taken_on: taken, territory_id: t.id, path: t.path, ...c }); return; }
      const noise = (): number => rng.int(-1, 1);
      rows.push({
        taken_on: taken, territory_id: t.id, path: t.path,
        red: Math.max(0, c.red + Math.round(back / 4) + (back > 2 ? Math.max(0, noise()) : 0)),
        orange: Math.max(0, Math.round(c.orange * (1 + 0.03 * back)) + noise()),
        yellow: Math.max(0, Math.round(c.yellow * (1 - 0.02 * back)) + noise()),
        blue: Math.max(0, Math.round(c.blue * (1 - 0.035 * back)) + noise()),
        out_of_control: Math.max(0, c.out_of_control + Math.round(back / 3) + noise()),
        review_late: Math.max(0, Math.round(c.review_late * (1 + 0.05 * back)) + noise()),
      });
    });
  }
  return rows;
}
