// Wording shared by the Office writers: numbering, dates and labels as Chinese government documents print them.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 42 → 四十二; plans never have 100 groups, so larger numbers stay Arabic. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

// A title may already carry its number ("一、全面摸排…", "3.加强…") when it was typed from the document;
// stripping it first keeps the printed label from reading "一、一、…".
const GROUP_PREFIX = /^\s*[（(]?[一二三四五六七八九十百零]+[)）]?[、.．]\s*/u;
const TASK_PREFIX = /^\s*\d+\s*[.．、]\s*/u;

export function groupLabel(no: number, title: string): string {
  return `${chineseNumeral(no)}、${title.replace(GROUP_PREFIX, '').trim()}`;
}

export function taskLabel(no: number, title: string): string {
  return `${no}.${title.replace(TASK_PREFIX, '').trim()}`;
}

/** "2018-03-30" → "2018年3月30日"; anything else is printed as given rather than guessed at. */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${quarter}季度`;
}

/**
 * The subject of a plan, as reports and lists name it: "从化区危险化学品安全综合治理实施方案" →
 * "从化区危险化学品安全综合治理". Titles without a plan suffix are used whole.
 */
export function planSubject(planTitle: string): string {
  const stripped = planTitle.trim().replace(/[《》]/gu, '').replace(/(实施|工作)?方案$/u, '');
  return stripped === '' ? planTitle.trim() : stripped;
}

export function taskListTitle(planTitle: string): string {
  return `${planSubject(planTitle)}分工及完成时间清单`;
}

// Board statuses (api-contract) and report statuses, in the words the offices use; unknown values print raw
// so a new status shows up instead of vanishing.
const STATUS_LABELS: Record<string, string> = {
  not_started: '未开始',
  on_track: '正常推进',
  due_soon: '临近期限',
  overdue: '已逾期',
  done: '已完成',
  waiting: '等待前置条件',
  draft: '草稿',
  submitted: '已报送',
  accepted: '已审核',
  returned: '已退回',
  missing: '未报送',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function percent(value: number, digits = 0): string {
  return `${value.toFixed(digits)}%`;
}

/**
 * The calendar day of a UTC timestamp in China (UTC+8, no daylight saving), as printed on the documents: a
 * report sent at 2018-03-30T17:00Z was sent on 31 March in Conghua. Plain dates pass through.
 */
export function chinaDay(timestamp: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(timestamp)) return timestamp;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return timestamp;
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "3" when task 3 has one item in the list, "3-2" for its second item when it has several. */
export function itemNumbers(rows: ReadonlyArray<{ taskNo: number; itemNo: number }>): string[] {
  const perTask = new Map<number, number>();
  for (const r of rows) perTask.set(r.taskNo, (perTask.get(r.taskNo) ?? 0) + 1);
  return rows.map((r) => ((perTask.get(r.taskNo) ?? 0) > 1 ? `${r.taskNo}-${r.itemNo}` : String(r.taskNo)));
}
