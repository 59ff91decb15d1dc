// Builds data/calendar/cn-workdays.json: mainland China's public holidays and make-up working days (调休上班),
// year by year, as the State Council General Office announces them each November/December
// (国务院办公厅关于某年部分节假日安排的通知). Source: the chinese-days package, which transcribes those notices;
// the notice address for each year is read from the package's own source comments.
//
// A year the package does not have yet is taken from HAND_ENTERED below: only the statutory holidays of
// 《全国年节及纪念日放假办法》(2024 revision), with no 调休 or 补假, marked unverified. An administrator confirms or
// corrects it (calendar overrides) once the State Council notice is published.
//
//   npx tsx data/calendar/build-calendar.ts            write the JSON
//   npx tsx data/calendar/build-calendar.ts --check    exit 1 when the committed JSON differs
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import chineseDays from 'chinese-days';

const FIRST_YEAR = 2017; // the Conghua plan starts in June 2017
const LAST_YEAR = 2027;
const here = path.dirname(fileURLToPath(import.meta.url));
const outPath = path.join(here, 'cn-workdays.json');
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('chinese-days/package.json'));
const packageVersion = (JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const PACKAGE = `chinese-days@${packageVersion}`;

type Day = { date: string; kind: 'holiday' | 'workday'; name: string; nameEn: string };
type Year = { year: number; confidence: string; source: string; days: Day[] };

function fail(message: string): never {
  throw new Error(`build-calendar: ${message}`);
}

// 2027: statutory days only. 除夕 is the last day of the 12th lunar month (2027-02-05: that month has 29 days).
const UNVERIFIED_2027 = 'unverified — State Council notice for 2027 not yet in the package; admin must confirm';
const HAND_ENTERED: Record<number, { confidence: string; source: string; days: Day[] }> = {
  2027: {
    confidence: UNVERIFIED_2027,
    source:
      'Hand-entered statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, in force from 2025-01-01): 元旦 1 day, 春节 4 days (除夕 and 正月初一–初三), 清明 1, 劳动节 2 (5/1–5/2), 端午 1, 中秋 1, 国庆 3 (10/1–10/3). Lunar and solar-term dates cross-checked with chinese-days. The 2027 notice will add bridging days, make-up working days (调休) and weekday replacements for holidays on weekends (补假) — none of these are here.',
    days: [
      { date: '2027-01-01', kind: 'holiday', name: '元旦', nameEn: "New Year's Day" },
      { date: '2027-02-05', kind: 'holiday', name: '春节（除夕）', nameEn: 'Spring Festival (Eve)' },
      { date: '2027-02-06', kind: 'holiday', name: '春节', nameEn: 'Spring Festival' },
      { date: '2027-02-07', kind: 'holiday', name: '春节', nameEn: 'Spring Festival' },
      { date: '2027-02-08', kind: 'holiday', name: '春节', nameEn: 'Spring Festival' },
      { date: '2027-04-05', kind: 'holiday', name: '清明', nameEn: 'Tomb-sweeping Day' },
      { date: '2027-05-01', kind: 'holiday', name: '劳动节', nameEn: 'Labour Day' },
      { date: '2027-05-02', kind: 'holiday', name: '劳动节', nameEn: 'Labour Day' },
      { date: '2027-06-09', kind: 'holiday', name: '端午', nameEn: 'Dragon Boat Festival' },
      { date: '2027-09-15', kind: 'holiday', name: '中秋', nameEn: 'Mid-autumn Festival' },
      { date: '2027-10-01', kind: 'holiday', name: '国庆节', nameEn: 'National Day' },
      { date: '2027-10-02', kind: 'holiday', name: '国庆节', nameEn: 'National Day' },
      { date: '2027-10-03', kind: 'holiday', name: '国庆节', nameEn: 'National Day' },
    ],
  },
};

function checkHandEntered2027(days: Day[]): void {
  const has = (date: string): boolean => days.some((d) => d.date === date);
  const springFestival = chineseDays.getSolarDateFromLunar('2027-01-01').date;
  const eve = chineseDays.getLunarDate('2027-02-05');
  const dragonBoat = chineseDays.getSolarDateFromLunar('2027-05-05').date;
  const midAutumn = chineseDays.getSolarDateFromLunar('2027-08-15').date;
  const qingming = chineseDays.getSolarTermDate(2027, 4, 'pure_brightness');
  const expected = [springFestival, dragonBoat, midAutumn, qingming];
  if (!expected.every(has)) fail(`2027 hand-entered dates disagree with the lunar calendar: ${expected.join(', ')}`);
  if (!(eve.lunarMon === 12 && eve.lunarDay === chineseDays.monthDays(eve.lunarYear, 12))) fail('2027-02-05 is not 除夕');
}

/** Notice address per year, from the package's source comments ("/** 2026\n * https://www.gov.cn/…"). */
function noticeUrls(): Map<number, string> {
  const file = path.join(packageDir, 'src', 'holidays', 'generate.ts');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return new Map([...text.matchAll(/\/\*\*\s*\n\s*\*\s*(\d{4})\s*\n\s*\*\s*(https?:\/\/\S+)/g)].map((m) => [Number(m[1]), m[2] as string]));
}

function fromPackage(year: number, url: string | undefined): Year | null {
  const file = path.join(packageDir, 'dist', 'years', `${year}.json`);
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { holidays: Record<string, string>; workdays: Record<string, string> };
  const day = (date: string, kind: Day['kind'], value: string): Day => {
    const [nameEn, name] = value.split(',');
    if (!nameEn || !name || !date.startsWith(`${year}-`)) fail(`${year}: unexpected entry ${date} ${value}`);
    return { date, kind, name, nameEn };
  };
  const days = [
    ...Object.entries(data.holidays).map(([d, v]) => day(d, 'holiday', v)),
    ...Object.entries(data.workdays).map(([d, v]) => day(d, 'workday', v)),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (new Set(days.map((d) => d.date)).size !== days.length) fail(`${year}: a day is both a holiday and a working day`);
  return {
    year,
    confidence: 'verified',
    source: `国务院办公厅 annual notice via ${PACKAGE}${url ? `: ${url}` : ''}`,
    days,
  };
}

const urls = noticeUrls();
const years: Year[] = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
  const packaged = fromPackage(year, urls.get(year));
  if (packaged) {
    years.push(packaged);
    continue;
  }
  const hand = HAND_ENTERED[year] ?? fail(`${year} is neither in ${PACKAGE} nor hand-entered`);
  if (year === 2027) checkHandEntered2027(hand.days);
  years.push({ year, ...hand });
}

const calendar = {
  title: '中国大陆工作日历：法定节假日与调休上班日',
  source: {
    authority: '国务院办公厅关于YYYY年部分节假日安排的通知 (one notice per year)',
    package: PACKAGE,
    generatedBy: 'data/calendar/build-calendar.ts',
  },
  rule: 'A day is a working day when it is listed with kind workday, or when it is Monday to Friday and not listed with kind holiday. Administrator overrides win over this table.',
  years,
};

const json = `${JSON.stringify(calendar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : '';
  if (current !== json) {
    console.error('data/calendar/cn-workdays.json is out of date; run: npx tsx data/calendar/build-calendar.ts');
    process.exit(1);
  }
  console.log(`ok: ${years.length} years`);
} else {
  fs.writeFileSync(outPath, json);
  console.log(`wrote data/calendar/cn-workdays.json: ${years.map((y) => `${y.year}${y.confidence === 'verified' ? '' : ' (unverified)'}`).join(', ')}`);
}
