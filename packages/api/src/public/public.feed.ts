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

type FeedSpec = {
  /** the list's name in its URLs (/public/<name>.rss|json) and in each item's anchor and guid (<anchor>-<id>) */
  name: string; anchor: string; title: string; description: string; labels: Record<string, string>;
  itemTitle: (item: Record<string, unknown>) => string;
  /** the record's own date field; the list's generation time when the field is cut or absent */
  dateKey: string;
};

function recordsRss(spec: FeedSpec, base: string, generatedAt: string, items: Record<string, unknown>[]): string {
  const feed = new Feed({
    title: spec.title, description: spec.description, id: `${base}/public`, link: `${base}/public`,
    language: 'zh-CN', updated: new Date(generatedAt), generator: 'HazGov', copyright: '', feedLinks: { rss: `${base}/public/${spec.name}.rss`, json: `${base}/public/${spec.name}.json` },
  });
  for (const item of items) {
    const id = String(item.id);
    feed.addItem({
      title: spec.itemTitle(item), id: `${base}/public#${spec.anchor}-${id}`, guid: `hazgov-${spec.anchor}-${id}`, link: `${base}/public#${spec.anchor}-${id}`,
      description: describe(item, spec.labels), date: dateOf(item, spec.dateKey, generatedAt),
    });
  }
  return feed.rss2();
}

const BLACKLIST_FEED: FeedSpec = {
  name: 'blacklist', anchor: 'blacklist', title: '安全生产失信联合惩戒对象名单', description: '从化区安全生产领域失信联合惩戒对象名单（仅含公开字段）',
  labels: BLACKLIST_LABELS, dateKey: 'listedFrom',
  itemTitle: (item) => (typeof item.partyName === 'string' ? item.partyName : `失信联合惩戒对象（${item.partyKind === 'person' ? '人员' : '企业'}）`),
};
const PENALTIES_FEED: FeedSpec = {
  name: 'penalties', anchor: 'penalty', title: '行政处罚决定公开', description: '从化区安全生产行政处罚决定（仅含公开字段）',
  labels: PENALTY_LABELS, dateKey: 'decidedOn',
  itemTitle: (item) => [item.enterpriseName, item.decisionNo].filter((x) => typeof x === 'string').join(' ') || '行政处罚决定',
};

export const blacklistRss = (base: string, generatedAt: string, items: Record<string, unknown>[]): string => recordsRss(BLACKLIST_FEED, base, generatedAt, items);
export const penaltiesRss = (base: string, generatedAt: string, items: Record<string, unknown>[]): string => recordsRss(PENALTIES_FEED, base, generatedAt, items);
