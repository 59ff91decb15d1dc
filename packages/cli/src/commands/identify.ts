// `hazgov identify FILE [--json]`: GB 18218-2018 identification and grading of every unit in an inventory sheet,
// for a consultant without a server or database. The file is read here (identify/), the rows become inventory lines
// in the domain (inventory-sheet.ts) and each unit goes through traceUnit, the same computation the platform stores.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInventorySheet } from '@hazgov/domain/major-hazards/inventory-sheet';
import { cliLocale, usage } from '../cli-error.js';
import { identifyUnits, isDecided } from '../identify/identify-units.js';
import { encodingNote, fileProblemText, sheetProblemText, type Lang } from '../identify/messages.js';
import { readSheetFile } from '../identify/read-sheet-file.js';
import { renderReport } from '../identify/render-text.js';

export const identifyHelp = `hazgov identify FILE [--json] [--lang zh-CN|en]

按 GB 18218-2018 辨识每个单元是否构成危险化学品重大危险源并分级。无需服务器或数据库。
Identifies and grades major hazard installations (GB 18218-2018) per unit. No server or database needed.

FILE: .xlsx（第一个表头含 unit/quantity_t 的工作表）或 .csv（UTF-8、带 BOM 的 UTF-8、UTF-16、GBK 均可），第 1 行为表头：
  unit             单元名称；同名各行属于同一单元 / unit name; rows with the same name form one unit
  chemical         物质名称（表1 名称或别名，或任意名称）/ substance name
  cas              CAS 号（校验位会核对；与名称交叉核对）/ CAS number, check digit verified
  quantity_t       最大储存/在线量，吨 / quantity in tonnes (design maximum, GB 18218 4.2.2)
  hazard_category  表2/表4 类别符号，如 W5.3；多个用 ; 分隔。表1 以外的物质必填；构成重大危险源时，
                   不在表3 的物质也需要它来取 β / Table 2 symbols (W5.3; several separated by ;): needed outside
                   Table 1, and for the Table 4 β of any substance not in Table 3 once the unit is a major hazard
  exposed_people   厂区边界外 500 m 内常住人口（整数），填在该单元任一行 / residents within 500 m, on any row of the unit
  可选列 optional: table1_serial（表1 行号，或 none = 确认不属于表1）, beta_category（类别 β 不同时取哪一个）

--json 输出 / prints:
  {"units":[{"unit","status","S","isMajorHazard","R","grade","gradeLabel","exposedPeople","lines":[…],"problems":[…],"trace":{…}}]}
  S, R and every number in lines are strings holding the EXACT value: the decimal when it terminates ("1", "3.975"),
  else the fraction ("10/3") — never a rounded float, so S = "1" is exactly 1 (S ≥ 1 is a major hazard).
  isMajorHazard is null while S is undecided; R, grade and gradeLabel are null unless the unit is graded.
  status: below_threshold | graded | needs_population (major hazard, exposed_people missing) | incomplete.
  lines[]: {row, chemical, cas, name, q, Q, thresholdSource, ratio, beta, betaSource, contribution} (null = not decided);
  problems[]: {row, problem, detail}; trace: the identification trace the platform stores (S/R as {exact, display, value}).
  Bad rows: {"units":[],"errors":[{"row","column","code","params","message"}]}.

退出码 exit code: 0 全部单元已辨识并分级 all units decided; 1 文件或数据行有错误（不做任何计算）bad file or rows (nothing
computed); 3 有单元无法完成辨识或分级（缺类别、需选择表1 行、缺人数）some units undecided.
语言 language: --lang en 或环境变量 HAZGOV_LOCALE=en 输出英文 / English output.
`;

type Io = { out: (text: string) => void; err: (text: string) => void };
const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function identifyCommand(args: string[], io: Io = processIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(identifyHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw usage('identify FILE.xlsx|FILE.csv [--json] [--lang zh-CN|en]');
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') throw usage('--lang zh-CN|en');
  const lang: Lang = (values.lang as Lang | undefined) ?? cliLocale();
  const name = path.basename(file);
  const fail = (errors: { row: number | null; column: string | null; code: string; params: Record<string, string | number>; message: string }[]) => {
    for (const e of errors) io.err(`${name}: ${e.message}\n`);
    if (values.json) io.out(`${JSON.stringify({ units: [], errors })}\n`);
    return 1;
  };

  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return fail([{ row: null, column: null, code: 'not_found', params: {}, message: fileProblemText({ problem: 'not_found' }, file, lang) }]);
  }
  const read = await readSheetFile(fs.readFileSync(file));
  if (!read.ok) {
    const params: Record<string, string | number> = 'line' in read ? { line: read.line, reason: read.reason } : {};
    return fail([{ row: null, column: null, code: read.problem, params, message: fileProblemText(read, name, lang) }]);
  }
  if (read.encoding && read.encoding !== 'utf-8') io.err(`${name}: ${encodingNote(read.encoding, lang)}\n`);

  const sheet = readInventorySheet(read.header, read.rows, read.headerRow);
  if (!sheet.ok) {
    return fail(sheet.problems.map((p) => ({ row: p.row, column: p.column, code: p.code, params: p.params, message: sheetProblemText(p, lang) })));
  }
  const units = identifyUnits(sheet.units);
  const undecided = units.filter((u) => !isDecided(u));
  if (values.json) io.out(`${JSON.stringify({ units })}\n`);
  else io.out(renderReport(units, lang));
  if (undecided.length === 0) return 0;
  const names = undecided.map((u) => u.unit).join(lang === 'en' ? ', ' : '、');
  io.err(lang === 'en' ? `${undecided.length} unit(s) not decided: ${names}\n` : `${undecided.length} 个单元未能完成辨识或分级：${names}\n`);
  return 3;
}
