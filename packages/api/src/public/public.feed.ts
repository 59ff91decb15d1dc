// RSS 2.0 of the portal's lists, built ONLY from records publicView has already cut (app/src/public): a field switched
// off is absent from the record, so it cannot reach a title, a description or a date here either.
import { Feed } from 'feed';

const BLACKLIST_LABELS: Record<string, string> = {
  partyName: '名称', creditCode: '统一社会信用代码', personRole: '职务', idNumber: '身份证号码', criteria: '纳入条件', reason: '失信行为',
  decisionNo: '决定书文号', listedFrom: '列入日期', listedUntil: '期限至', territory: '所属镇街', cases: '相关案件',
};
const PENALTY_LABELS: Record<string, string> = {
  enterpriseName: '当事人', creditCode: '统一社会信用代码', decisionNo: '决定书文号', facts: '违法事实', legalBasis: '处罚依据', penaltyKinds: '处罚种类',
  amount: '罚款金额（元）', decidedOn: '决定日期', organisation: '作出决定机关', findings: '相关隐患',
};
const PENALTY_KIND_ZH: Record<string, string> = { warning: '警告', fine: '罚款', confiscation: '没收违法所得', suspension: '责令停产停业', licence_revocation: '吊销许可证' };

function show(field: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    return value.map((v) => {
      if (typeof v === 'string') return field === 'penaltyKinds' ? (PENALTY_KIND_ZH[v] ?? v) : v;
      const o = v as Record<string, unknown>;
      return String(o.text ?? o.decisionNo ?? o.key ?? '');
    }).filter(Boolean).join('；');
  }
  return String(value);
}

function describe(item: Record<string, unknown>, labels: Record<string, string>): string {
  // an empty value (an enterprise has no 职务) is left out rather than shown as a dash
  return Object.entries(item).filter(([k, v]) => labels[k] && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).map(([k, v]) => `${labels[k]}：${show(k, v)}`).join('\n');
}

const dateOf = (item: Record<string, unknown>, key: string, fallback: string): Date =>
  new Date(typeof item[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item[key]) ? `${item[key]}T00:00:00+08:00` : fallback);

export function blacklistRss(base: string, generatedAt: string, items: Record<string, unknown>[]): string {
  const feed = new Feed({
    title: '安全生产失信联合惩戒对象名单', description: '从化区安全生产领域失信联合惩戒对象名单（仅含公开字段）', id: `${base}/public`, link: `${base}/public`,
    language: 'zh-CN', updated: new Date(generatedAt), generator: 'HazGov', copyright: '', feedLinks: { rss: `${base}/public/blacklist.rss`, json: `${base}/public/blacklist.json` },
  });
  for (const item of items) {
    const id = String(item.id);
    feed.addItem({
      title: typeof item.partyName === 'string' ? item.partyName : `失信联合惩戒对象（${item.partyKind === 'person' ? '人员' : '企业'}）`,
      id: `${base}/public#blacklist-${id}`, guid: `hazgov-blacklist-${id}`, link: `${base}/public#blacklist-${id}`,
      description: describe(item, BLACKLIST_LABELS), date: dateOf(item, 'listedFrom', generatedAt),
    });
  }
  return feed.rss2();
}

export function penaltiesRss(base: string, generatedAt: string, items: Record<string, unknown>[]): string {
  const feed = new Feed({
    title: '行政处罚决定公开', description: '从化区安全生产行政处罚决定（仅含公开字段）', id: `${base}/public`, link: `${base}/public`,
    language: 'zh-CN', updated: new Date(generatedAt), generator: 'HazGov', copyright: '', feedLinks: { rss: `${base}/public/penalties.rss`, json: `${base}/public/penalties.json` },
  });
  for (const item of items) {
    const id = String(item.id);
    const title = [item.enterpriseName, item.decisionNo].filter((x) => typeof x === 'string').join(' ') || '行政处罚决定';
    feed.addItem({
      title, id: `${base}/public#penalty-${id}`, guid: `hazgov-penalty-${id}`, link: `${base}/public#penalty-${id}`,
      description: describe(item, PENALTY_LABELS), date: dateOf(item, 'decidedOn', generatedAt),
    });
  }
  return feed.rss2();
}
