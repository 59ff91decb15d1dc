// Derives data/plans/conghua-2017.json from the plan text (conghua-2017.seed.txt, a verbatim copy of
// 从府办〔2017〕26号). The task list comes from 附件1 (the annex table); the body (sections 三–五) is used to
// cross-check the annex and to read phases, submission deadlines and the quarterly reporting rule.
// Every value is read from the text or fails loudly: nothing here is typed in by hand except the field names.
//
//   npx tsx data/plans/extract-conghua.ts            write the JSON
//   npx tsx data/plans/extract-conghua.ts --check    exit 1 when the committed JSON differs from a fresh derivation
//   npx tsx data/plans/extract-conghua.ts --seed <path>
import type { PlanItem } from '../../packages/domain/src/plans/plan-item.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const seedArg = args.indexOf('--seed');
const seedPath = seedArg >= 0 && args[seedArg + 1] ? path.resolve(args[seedArg + 1] as string) : path.join(here, 'conghua-2017.seed.txt');
const outPath = path.join(here, 'conghua-2017.json');
const SEED_REPO_PATH = 'data/plans/conghua-2017.seed.txt';

type Phase = { kind: 'deploy' | 'rectify' | 'summary'; name: string; startsOn: string; endsOn: string; note: string };
type Submission = { kind: 'implementation_plan' | 'contact_return' | 'summary'; name: string; dueOn: string; sourceText: string };
type Item = PlanItem;

function fail(message: string): never {
  throw new Error(`extract-conghua: ${message}`);
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function chineseNumber(text: string): number {
  // 一 … 十九 is all a plan's group list needs; anything else is refused rather than misread.
  if (/^十[一二三四五六七八九]?$/.test(text)) return 10 + (text.length === 2 ? (NUMERALS[text[1] as string] ?? fail(text)) : 0);
  if (text.length === 1 && NUMERALS[text]) return NUMERALS[text];
  return fail(`not a Chinese numeral 1–19: ${text}`);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
const firstDay = (y: number, m: number): string => `${y}-${pad(m)}-01`;
function ymd(text: string): string {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text) ?? fail(`not a date: ${text}`);
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
}
/** Every 'YYYY年M月' in a text, in order. */
function months(text: string): { y: number; m: number }[] {
  return [...text.matchAll(/(\d{4})年(\d{1,2})月/g)].map((m) => ({ y: Number(m[1]), m: Number(m[2]) }));
}

function mustFind(lines: string[], re: RegExp, what: string): RegExpExecArray {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return m;
  }
  return fail(`${what} not found`);
}

const text = fs.readFileSync(seedPath, 'utf8');
const sha256 = createHash('sha256').update(text).digest('hex');
const lines = text.split(/\r?\n/);

// ── Header ────────────────────────────────────────────────────────────────────────────────────────────────
const code = (lines[0] ?? '').trim();
if (!/^从府办〔\d{4}〕\d+号$/.test(code)) fail(`first line is not the document number: ${code}`);
const issuer = '广州市从化区人民政府办公室';
const issuerAt = lines.findIndex((l) => l.trim() === issuer);
if (issuerAt < 0) fail('issuer line not found');
const issuedOn = ymd((lines.slice(issuerAt + 1).find((l) => l.trim() !== '') ?? '').trim());
const title = '从化区危险化学品安全综合治理实施方案';
if (!lines.some((l) => l.trim() === title)) fail('plan title line not found');
const printed = mustFind(lines, /^(.+?)\s+(\d{4}年\d{1,2}月\d{1,2}日)印发$/, 'print line');
const preamble = mustFind(lines, /^(为深入贯彻.*)$/, 'preamble')[1] as string;
const basis = [...preamble.matchAll(/（([^（）]*?〔\d{4}〕\d+号)）/g)].map((m) => m[1] as string);
const officeText = mustFind(lines, /请径向(区安全生产委员会办公室（设在区安全监管局）)反映/, 'office')[1] as string;

// ── Goal and phases (sections 一 and 四) ──────────────────────────────────────────────────────────────────
const goal = mustFind(lines, /(\d{4})年(\d{1,2})月底前全面完成危险化学品综合治理任务/, 'goal');
const goalDueOn = lastDay(Number(goal[1]), Number(goal[2]));
const PHASE_KINDS: Record<string, Phase['kind']> = { 部署阶段: 'deploy', 整治阶段: 'rectify', 总结阶段: 'summary' };
const phases: Phase[] = lines.flatMap((line) => {
  const m = /^（[一二三]）(部署阶段|整治阶段|总结阶段)（(.+?)）。/.exec(line.trim());
  if (!m) return [];
  const name = m[1] as string;
  const span = m[2] as string;
  const ms = months(span);
  const first = ms[0] ?? fail(`no month in ${name}`);
  const last = ms[ms.length - 1] ?? first;
  return [{ kind: PHASE_KINDS[name] ?? fail(name), name, startsOn: firstDay(first.y, first.m), endsOn: lastDay(last.y, last.m), note: span }];
});
if (phases.map((p) => p.kind).join() !== 'deploy,rectify,summary') fail(`phases: ${phases.map((p) => p.kind).join()}`);

// ── Submissions (section 五 and 附件2) ─────────────────────────────────────────────────────────────────────
const contact = mustFind(lines, /(并于(\d{4}年\d{1,2}月\d{1,2}日)前将名单及联系方式报送区安委会办公室)/, 'contact return deadline');
const contactFax = mustFind(lines, /(报名回执请于(\d{4}年\d{1,2}月\d{1,2}日)前传真至\d+)/, 'contact return fax deadline');
if (contact[2] !== contactFax[2]) fail('the two contact-return deadlines disagree');
const planAndSummary = mustFind(
  lines,
  /(将本辖区、本部门综合治理实施方案和总体工作总结，分别于(\d{4}年\d{1,2}月\d{1,2}日)和(\d{4}年\d{1,2}月\d{1,2}日)前报送区安委会办公室)/,
  'implementation plan and summary deadlines',
);
const submissions: Submission[] = [
  { kind: 'implementation_plan', name: '本辖区、本部门综合治理实施方案', dueOn: ymd(planAndSummary[2] as string), sourceText: planAndSummary[1] as string },
  { kind: 'contact_return', name: '报名回执（分管领导和部门负责人名单及联系方式）', dueOn: ymd(contact[2] as string), sourceText: `${contact[1]}；附件2：${contactFax[1]}` },
  { kind: 'summary', name: '总体工作总结', dueOn: ymd(planAndSummary[3] as string), sourceText: planAndSummary[1] as string },
];

// ── Quarterly progress reports ────────────────────────────────────────────────────────────────────────────
// 综合治理期间 = from the notice (issuedOn) to the goal date (end of the summary phase, 2019-11-30). A quarter's
// report is expected when its due day — the quarter's last working day, always in the quarter's last days —
// falls inside that period: 2017-Q2 (due 2017-06-30, three weeks after the notice) to 2019-Q3 (due 2019-09-30);
// 2019-Q4's day (2019-12-31) is after the governance ends and is covered by the summary due 2019-11-01.
const quarterlyRule = mustFind(lines, /(综合治理期间，在每季度的最后一个工作日前向区安委会办公室报送工作进展情况)/, 'quarterly rule')[1] as string;
const summaryPhase = phases[2] as Phase;
if (summaryPhase.endsOn !== goalDueOn) fail('summary phase and goal disagree on the end of the governance period');
const quarters: string[] = [];
for (let y = Number(issuedOn.slice(0, 4)); y <= Number(goalDueOn.slice(0, 4)); y += 1) {
  for (let q = 1; q <= 4; q += 1) {
    const end = lastDay(y, q * 3);
    if (end >= issuedOn && end <= goalDueOn) quarters.push(`${y}-Q${q}`);
  }
}
const assessment = mustFind(lines, /(把综合治理工作纳入(\d{4})－(\d{4})年安全生产责任制考核)/, 'assessment years');
const assessmentYears: number[] = [];
for (let y = Number(assessment[2]); y <= Number(assessment[3]); y += 1) assessmentYears.push(y);

// ── Body structure (section 三): which task belongs to which group, for the cross-check ────────────────────
const bodyStart = lines.findIndex((l) => l.trim() === '三、治理分工及主要工作措施');
const bodyEnd = lines.findIndex((l) => l.trim() === '四、时间进度和工作安排');
if (bodyStart < 0 || bodyEnd < bodyStart) fail('section 三 not found');
const bodyGroups = new Map<number, string>();
const bodyTasks = new Map<number, { groupNo: number; title: string }>();
let bodyGroup = 0;
for (const line of lines.slice(bodyStart + 1, bodyEnd)) {
  const g = /^（([一二三四五六七八九十]+)）(.+?)。$/.exec(line.trim());
  if (g) {
    bodyGroup = chineseNumber(g[1] as string);
    bodyGroups.set(bodyGroup, g[2] as string);
    continue;
  }
  const t = /^(\d+)\.(.+?)。/.exec(line.trim());
  if (t) bodyTasks.set(Number(t[1]), { groupNo: bodyGroup, title: (t[2] as string).trim() });
}

// ── Annex 1: the task table ───────────────────────────────────────────────────────────────────────────────
const annexStart = lines.findIndex((l, i) => l.trim() === '附件1' && (lines[i + 2] ?? '').includes('分工及完成时间清单'));
const annexEnd = lines.findIndex((l) => l.trim() === '附件2');
if (annexStart < 0 || annexEnd < annexStart) fail('annex 1 not found');
const annexTitle = (lines[annexStart + 2] ?? '').trim();
// Rows are blocks of tab-led cell lines separated by blank lines; each cell is one line.
const rows: string[][] = [];
let block: string[] = [];
for (const line of [...lines.slice(annexStart + 3, annexEnd), '']) {
  if (line.startsWith('\t')) block.push(line.slice(1).trim());
  else if (line.trim() === '') {
    if (block.length > 0) rows.push(block);
    block = [];
  } else fail(`unexpected line inside the annex: ${line}`);
}
const header = rows.shift() ?? fail('annex has no header');
if (header.join('|') !== '主要工作|工作任务|具体内容|牵头单位|责任单位|完成时间') fail(`annex header: ${header.join('|')}`);

const groups: { no: number; title: string }[] = [];
const items: Item[] = [];
let groupNo = 0;
let task = null as { no: number; title: string } | null;
let itemNo = 0;
for (const [index, cells] of rows.entries()) {
  if (cells.length !== 6) fail(`annex row ${index + 1} has ${cells.length} cells`);
  const [mainWork, taskCell, content, lead, responsible, deadline] = cells as [string, string, string, string, string, string];
  if (mainWork !== '') {
    const g = /^([一二三四五六七八九十]+)、(.+)$/.exec(mainWork) ?? fail(`group heading: ${mainWork}`);
    const no = chineseNumber(g[1] as string);
    const known = groups.find((x) => x.no === no);
    if (known) {
      // The annex repeats the current group's heading at page breaks; it must not go back to an earlier group.
      if (known.title !== g[2] || no !== groupNo) fail(`row ${index + 1} repeats group ${no} out of place`);
    } else {
      if (no !== groupNo + 1) fail(`group ${no} follows group ${groupNo}`);
      groups.push({ no, title: g[2] as string });
      groupNo = no;
    }
  }
  if (taskCell !== '') {
    const t = /^(\d+)\.(.+)$/.exec(taskCell) ?? fail(`task cell: ${taskCell}`);
    const no = Number(t[1]);
    if (no !== (task?.no ?? 0) + 1) fail(`task ${no} follows task ${task?.no ?? 0}`);
    task = { no, title: (t[2] as string).trim() };
    itemNo = 1;
  } else {
    if (!task) fail('the first row has no task');
    itemNo += 1; // a blank 工作任务 cell continues the task above: its next item
  }
  items.push({ groupNo, taskNo: task.no, itemNo, title: task.title, content, leadText: lead, responsibleText: responsible, deadlineText: deadline });
}

// Cross-check the annex against the body: same groups, same task titles, same group for every task.
for (const g of groups) if (bodyGroups.get(g.no) !== g.title) fail(`group ${g.no}: annex '${g.title}' vs body '${bodyGroups.get(g.no)}'`);
if (bodyGroups.size !== groups.length) fail('body and annex have different group counts');
for (const item of items) {
  const b = bodyTasks.get(item.taskNo) ?? fail(`task ${item.taskNo} missing from the body`);
  if (b.title !== item.title || b.groupNo !== item.groupNo) fail(`task ${item.taskNo}: annex (${item.groupNo}, ${item.title}) vs body (${b.groupNo}, ${b.title})`);
}
const taskCount = new Set(items.map((i) => i.taskNo)).size;
if (taskCount !== bodyTasks.size) fail(`annex has ${taskCount} tasks, body ${bodyTasks.size}`);

const plan = {
  code,
  title,
  issuer,
  issuedOn,
  startsOn: issuedOn,
  endsOn: goalDueOn,
  source: {
    file: SEED_REPO_PATH,
    sha256,
    document: `${issuer}关于印发${title}的通知（${code}）`,
    annex: `附件1 ${annexTitle}`,
    printed: { by: (printed[1] as string).trim(), on: ymd(printed[2] as string) },
    basis,
    extractedBy: 'data/plans/extract-conghua.ts',
    note: 'Task rows (content, lead, responsible, deadline) are the annex cells verbatim, trimmed; the annex abridges the body text of section 三.',
  },
  office: { text: officeText, organisationKey: 'safety-committee-office' },
  goal: { dueOn: goalDueOn, text: goal[0] },
  phases,
  submissions,
  quarterlyReports: {
    from: quarters[0] ?? fail('no quarter'),
    to: quarters[quarters.length - 1] ?? fail('no quarter'),
    due: 'last_working_day_of_quarter',
    sourceText: quarterlyRule,
    note:
      '综合治理期间 is read as the notice date to the goal date (2017-06-08 … 2019-11-30). A quarter is expected when its due day, the last working day of the quarter (reports due ON or before that day), falls in that period: 2017-Q2 (due 2017-06-30) through 2019-Q3 (due 2019-09-30). 2019-Q4 (due 2019-12-31) is after the governance ends; the summary due 2019-11-01 closes it. An administrator may narrow this (e.g. start at 2017-Q3 if the office did not collect a June 2017 report).',
  },
  assessment: { years: assessmentYears, sourceText: assessment[1] },
  groups,
  items,
};

const json = `${JSON.stringify(plan, null, 2)}\n`;
if (args.includes('--check')) {
  const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : '';
  if (current !== json) {
    console.error(`${path.relative(process.cwd(), outPath)} is out of date; run: npx tsx data/plans/extract-conghua.ts`);
    process.exit(1);
  }
  console.log(`ok: ${groups.length} groups, ${taskCount} tasks, ${items.length} items`);
} else {
  fs.writeFileSync(outPath, json);
  console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${groups.length} groups, ${taskCount} tasks, ${items.length} items`);
}
