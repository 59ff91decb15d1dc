// `hazgov identify` end to end on the fixture files: no server, no database. Numbers are hand calculations from
// GB 18218-2018 — Q: 甲醇 500, 苯 50, 甲苯 500, 氯 5, 液化石油气 50, 光气 0.3, 氨 10 (Table 1); 丙烯 W2 10 (Table 2).
// β: 氯 4, 碳酰氯 20, 氨 2 (Table 3); W5.3 1, W2 1.5 (Table 4). α: Table 5 bands.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identifyCommand } from '../commands/identify.js';
import type { UnitResult } from './identify-units.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hazgov-identify-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await identifyCommand(args, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
const json = async (file: string, ...more: string[]) => {
  const r = await run(file, '--json', ...more);
  return { ...r, units: (JSON.parse(r.out) as { units: UnitResult[] }).units };
};
const csv = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};
const brief = (u: UnitResult) => [u.unit, u.S, u.isMajorHazard, u.R, u.grade];

describe('hazgov identify — good files', () => {
  it('identifies and grades every unit of a CSV (--json)', async () => {
    const { code, units, err } = await json(path.join(fixtures, 'good.csv'));
    expect([code, err]).toEqual([0, '']);
    expect(units.map(brief)).toEqual([
      // 350/500 + 10/50 + 50/500 = 0.7 + 0.2 + 0.1 = 1 (S ≥ 1); β 1 each → Σ 1; 40 people α 1.2 → R 1.2 → 四级
      ['储罐区（甲类,乙类）', '1', true, '1.2', 4],
      // 12.5/5 = 2.5; × β 4 = 10; 120 people α 2 → R 20 → 三级
      ['液氯库', '2.5', true, '20', 3],
      // CAS 68476-85-7 → row 52: 60/50 = 1.2; × β 1.5 (W2) = 1.8; 72 people α 1.5 → R 2.7 → 四级
      ['液化气站', '1.2', true, '2.7', 4],
      // 0.75/0.3 = 2.5; × β 20 = 50; 150 people α 2 → R 100 → 一级 (R ≥ 100)
      ['光气车间', '2.5', true, '100', 1],
      // 125/10 = 12.5; × β 2 = 25; 100 people α 2 → R 50 → 二级 (100 > R ≥ 50)
      ['液氨罐区', '12.5', true, '50', 2],
      // 丙烯 2/10 (Table 2 W2) = 0.2 + 氨 1/10 = 0.1 → S 0.3 < 1: no R, no grade
      ['丙烯钢瓶间', '0.3', false, null, null],
    ]);
    const [tank, chlorine] = units;
    expect(tank?.lines.map((l) => [l.row, l.name, l.q, l.Q, l.ratio, l.beta, l.contribution])).toEqual([
      [2, '甲醇', '350', '500', '0.7', '1', '0.7'],
      [3, '苯', '10', '50', '0.2', '1', '0.2'],
      [4, '甲苯', '50', '500', '0.1', '1', '0.1'],
    ]);
    expect(chlorine?.lines[0]).toMatchObject({ thresholdSource: { table: 1, serial: 12 }, betaSource: { table: 3, rowName: '氯' } });
    expect(chlorine?.trace).toMatchObject({ status: 'graded', alpha: { population: 120, band: '100人以上' }, gradeExpression: '50>R≥10' });
  });

  it('reads the same from an .xlsx, with Excel row numbers', async () => {
    const { code, units } = await json(path.join(fixtures, 'good.xlsx'));
    expect(code).toBe(0);
    expect(units.map(brief)).toEqual([
      ['储罐区（甲类,乙类）', '1', true, '1.2', 4],
      ['液氯库', '2.5', true, '20', 3],
      ['丙烯钢瓶间', '0.3', false, null, null],
    ]);
    expect(units.map((u) => u.lines.map((l) => l.row))).toEqual([[2, 3, 4], [6], [7, 8]]);
  });

  it('reads a GBK CSV and says it did', async () => {
    const { code, units, err } = await json(path.join(fixtures, 'gbk.csv'));
    expect(code).toBe(0);
    expect(err).toContain('GBK');
    // 499.9/500 = 0.9998 < 1
    expect(units.map(brief)).toEqual([['液氯库', '2.5', true, '20', 3], ['储罐区', '0.9998', false, null, null]]);
  });

  it('prints a readable table per unit', async () => {
    const { code, out } = await run(path.join(fixtures, 'good.csv'));
    expect(code).toBe(0);
    for (const text of ['━━ 单元：液氯库（行 5）', '表1 第12行', '表3 氯', 'S = Σq/Q = 1 ≥ 1', 'α = 1.2（厂区边界外 500 m 内 40 人，30～49人）',
      'R = α × Σβq/Q = 2 × 50 = 100', '级别 grade：一级（R≥100）', '表2 W2', 'S = Σq/Q = 0.3 < 1', '重大危险源 major hazard：否 no']) {
      expect(out).toContain(text);
    }
    const english = await run(path.join(fixtures, 'good.csv'), '--lang', 'en');
    expect(english.out).toContain('Grade: grade 2 (100>R≥50)');
    expect(english.out).toContain('Table 1 row 52');
  });

  it('gives values that do not terminate as exact fractions, and never rounds below 1 up to 1', async () => {
    // 光气 1 t / 0.3 t = 10/3; 甲醇 499.99999 t / 500 = 0.99999998
    const file = csv('exact.csv', 'unit,chemical,cas,quantity_t,hazard_category,exposed_people\nA,光气,,1,,0\nB,甲醇,,499.99999,,\n');
    const { units } = await json(file);
    // A: S 10/3; Σβq/Q = 20 × 10/3 = 200/3; α 0.5 (0 people) → R = 100/3 = 33.33… → 三级
    expect(units.map(brief)).toEqual([['A', '10/3', true, '100/3', 3], ['B', '0.99999998', false, null, null]]);
    const text = await run(file);
    expect(text.out).toContain('S = Σq/Q = 3.3333… (= 10/3) ≥ 1');
    expect(text.out).toContain('S = Σq/Q = 0.9999… (= 49999999/50000000) < 1');
  });

  it('takes the optional table1_serial and beta_category columns', async () => {
    const file = csv('serial.csv', [
      'unit,chemical,cas,quantity_t,hazard_category,exposed_people,table1_serial,beta_category',
      // 硝化棉 row 37 (Q 1): 2/1 = 2 ≥ 1; W1.1 β 2 → 4; 某溶剂 20/5 (J1 lowest Q) = 4, β chosen J1 4 → 16
      // S = 6; Σ = 20; 10 people α 1 → R 20 → 三级
      'A,硝化棉,9004-70-0,2,W1.1,10,37,',
      'A,某溶剂,,20,W5.1;J1,,,J1',
    ].join('\n'));
    const { code, units } = await json(file);
    expect(code).toBe(0);
    expect(units.map(brief)).toEqual([['A', '6', true, '20', 3]]);
  });
});

describe('hazgov identify — what it refuses', () => {
  it('names every bad row and column, computes nothing and exits 1', async () => {
    const file = path.join(fixtures, 'broken.csv');
    const { code, err, out } = await run(file);
    expect([code, out]).toEqual([1, '']);
    expect(err.trim().split('\n')).toEqual([
      'broken.csv: 第 3 行 unit 列：未填写单元',
      'broken.csv: 第 4 行 cas 列：CAS 号 7664-41-8 的校验位不对，请核对',
      'broken.csv: 第 5 行 quantity_t 列：数量 -5 为负数',
      'broken.csv: 第 6 行 quantity_t 列：数量“十吨”不是数字（以吨计，不要千分位逗号和单位）',
      'broken.csv: 第 7 行 hazard_category 列：危险性类别“W5”不是表2 的类别符号（J1…J5、W1.1…W11）',
      'broken.csv: 第 8 行 hazard_category 列：CAS 号 115-07-1 不在 GB 18218 表1，须填写 hazard_category（表2 类别，如 W5.3）',
      'broken.csv: 第 9 行 exposed_people 列：单元“储罐区”的 exposed_people 为 41，与第 2 行的 40 不同；同一单元只能有一个人数',
      'broken.csv: 第 10 行 chemical 列：chemical（名称）与 cas 至少填写一项',
    ]);
    const asJson = await run(file, '--json', '--lang', 'en');
    const parsed = JSON.parse(asJson.out) as { units: unknown[]; errors: { row: number; column: string; code: string; message: string }[] };
    expect(parsed.units).toEqual([]);
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'unit', 'missing_unit'],
      [4, 'cas', 'cas_check_digit'],
      [5, 'quantity_t', 'negative_quantity'],
      [6, 'quantity_t', 'bad_quantity'],
      [7, 'hazard_category', 'unknown_hazard_category'],
      [8, 'hazard_category', 'cas_not_in_table1_needs_category'],
      [9, 'exposed_people', 'exposed_people_differs'],
      [10, 'chemical', 'missing_substance'],
    ]);
    expect(parsed.errors[1]?.message).toBe('row 4, column cas: CAS number 7664-41-8 has a wrong check digit');
  });

  it('reports units it cannot decide, with the rows and what to add, and exits 3', async () => {
    const { code, units, err } = await json(path.join(fixtures, 'undecided.csv'));
    expect(code).toBe(3);
    expect(err).toContain('4 个单元未能完成辨识或分级');
    expect(units.map((u) => [u.unit, u.status, u.S, u.isMajorHazard, u.R, u.problems.map((p) => [p.row, p.problem])])).toEqual([
      ['硝化棉库', 'incomplete', null, null, null, [[2, 'choose_table1_row']]],
      ['溶剂库', 'incomplete', null, null, null, [[3, 'needs_categories']]],
      // 600/500 = 1.2: a major hazard, but 甲醇 has no category for its Table 4 β
      ['甲醇罐区', 'incomplete', '1.2', true, null, [[4, 'needs_categories_for_beta']]],
      // 10/5 = 2: a major hazard, no exposed_people → no α
      ['液氯库', 'needs_population', '2', true, null, [[null, 'needs_population']]],
    ]);
    expect(units[0]?.problems[0]?.detail).toHaveLength(5); // rows 37–41
  });

  it('says what is wrong with a file that is not an inventory sheet', async () => {
    expect(await run(path.join(tmp, 'nope.csv'))).toMatchObject({ code: 1, err: expect.stringContaining('找不到文件') });
    const xls = path.join(tmp, 'old.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await run(xls)).toMatchObject({ code: 1, err: expect.stringContaining('另存为 .xlsx') });
    const wrongHeader = csv('header.csv', 'unit,name,qty\nA,甲醇,1\n');
    const r = await run(wrongHeader, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('row 1, column name: column 2 header "name" is unknown');
    expect(r.err).toContain('the header lacks column quantity_t');
    await expect(run()).rejects.toMatchObject({ code: 'CLI_USAGE' });
  });

  it('prints its help, documenting the JSON numbers', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('EXACT value');
    expect(out).toContain('exposed_people');
  });
});

describe('npx hazgov identify', () => {
  it('runs as the installed command, in its own process', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const stdout = execFileSync(process.execPath, [path.join(root, 'packages/cli/bin/hazgov.js'), 'identify', path.join(fixtures, 'good.csv'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, // never touched: no database
    });
    const { units } = JSON.parse(stdout) as { units: UnitResult[] };
    expect(units.map((u) => u.grade)).toEqual([4, 3, 4, 1, 2, null]);
  });
});
