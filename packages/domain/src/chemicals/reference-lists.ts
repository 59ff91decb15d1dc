// Which reference lists the platform holds and whether each is complete (GET /api/chemicals/lists). An incomplete
// list can only say "listed": the UI shows the note, so that a chemical absent from the partial 剧毒 list is never
// read as "not highly toxic". Facts from data/standards/README.md and each file's source and confidence.
import explosive from '../../../../data/standards/explosive-precursors.json';
import table2 from '../../../../data/standards/gb18218-table2.json';
import table1 from '../../../../data/standards/gb18218-table1.json';
import highlyToxic from '../../../../data/standards/highly-toxic.json';
import keySupervised from '../../../../data/standards/key-supervised-chemicals.json';
import speciallyControlled from '../../../../data/standards/specially-controlled-2020.json';
import { chemicalListInfo } from './chemical-flags.js';

export type ReferenceList = {
  key: string;
  title: string;
  source: string;
  complete: boolean;
  /** zh-CN, then en: what is missing or how to read the list. */
  note: string;
  noteEn: string;
  entryCount: number;
  officialCount: number | null;
  confidence: string;
};

const whereOf = (sources: readonly { id: string; where: string }[]): string => sources.map((s) => `${s.id}: ${s.where}`).join('; ');

export const referenceLists: readonly ReferenceList[] = [
  {
    key: 'gb18218Table1', title: 'GB 18218-2018 表1 危险化学品名称及其临界量', source: whereOf(table1.source), complete: true,
    note: '85 种物质全部收录；CAS 号不唯一（硝化纤维素、硝酸铵各有多行），按行选择。', noteEn: 'All 85 rows. A CAS number is not unique (nitrocellulose, ammonium nitrate): rows are chosen, not CAS numbers.',
    entryCount: table1.entries.length, officialCount: 85, confidence: table1.confidence,
  },
  {
    key: 'gb18218Table2', title: 'GB 18218-2018 表2 未在表1中列举的危险化学品类别及其临界量', source: whereOf(table2.source), complete: true,
    note: '24 个危险性类别全部收录（J1–J5、W1.1–W11）。', noteEn: 'All 24 hazard categories (J1–J5, W1.1–W11).',
    entryCount: table2.entries.length, officialCount: 24, confidence: table2.confidence,
  },
  {
    key: 'highlyToxic', title: chemicalListInfo('highlyToxic').title, source: whereOf(highlyToxic.source), complete: false,
    note: `不完整：仅收录 ${highlyToxic.entries.length} / ${highlyToxic.count_in_catalogue} 种。未列出的化学品显示为“未知”，不表示不是剧毒化学品。`,
    noteEn: `Incomplete: ${highlyToxic.entries.length} of ${highlyToxic.count_in_catalogue} entries. A chemical not found is shown as "unknown", never as "not highly toxic".`,
    entryCount: highlyToxic.entries.length, officialCount: highlyToxic.count_in_catalogue, confidence: highlyToxic.confidence,
  },
  {
    key: 'keySupervised', title: chemicalListInfo('keySupervised').title, source: whereOf(keySupervised.source), complete: false,
    note: '首批 60 种已收录；第二批（安监总管三〔2013〕12号）仅收录氯酸钠、氯酸钾，其余未核实。', noteEn: 'First batch (60) complete; of the second batch only 氯酸钠 and 氯酸钾 are held.',
    entryCount: keySupervised.entries.length, officialCount: null, confidence: keySupervised.confidence,
  },
  {
    key: 'explosivePrecursor', title: chemicalListInfo('explosivePrecursor').title, source: whereOf(explosive.source), complete: true,
    note: `${explosive.item_count} 项（${explosive.entries.length} 行，含浓度、形态变体）全部收录，来源单一。`, noteEn: `All ${explosive.item_count} items (${explosive.entries.length} rows with concentration variants), from one complete source.`,
    entryCount: explosive.entries.length, officialCount: explosive.item_count, confidence: explosive.confidence,
  },
  {
    key: 'drugPrecursor', title: chemicalListInfo('drugPrecursor').title, source: '—', complete: false,
    note: '尚无数据：易制毒标记一律为“未知”。', noteEn: 'No data yet: the drug-precursor flag is always "unknown".',
    entryCount: 0, officialCount: null, confidence: 'none',
  },
  {
    key: 'speciallyControlled', title: chemicalListInfo('speciallyControlled').title, source: whereOf(speciallyControlled.source), complete: true,
    note: '20 种全部收录；甲醇、乙醇仅在运输环节管控，城镇燃气和实验室试剂不在范围内。', noteEn: 'All 20 items; methanol and ethanol are controlled in transport only; town gas and laboratory reagents are out of scope.',
    entryCount: speciallyControlled.entries.length, officialCount: speciallyControlled.item_count, confidence: speciallyControlled.confidence,
  },
];
