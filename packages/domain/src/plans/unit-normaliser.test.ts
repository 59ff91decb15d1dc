import { describe, expect, it } from 'vitest';
import plan from '../../../../data/plans/conghua-2017.json';
import { conghuaOrganisations, conghuaUnitDirectory } from './conghua-unit-directory.js';
import { buildUnitDirectory, extendUnitDirectory, normaliseUnits, type NormalisedUnit } from './unit-normaliser.js';

const dir = conghuaUnitDirectory;
const ALL11 = ['温泉镇', '良口镇', '吕田镇', '太平镇', '鳌头镇', '街口街道', '城郊街道', '江埔街道', '园区管委会', '流溪河林场', '大岭山林场'];
const names = (units: NormalisedUnit[]): string[] => units.map((u) => u.canonical);

describe('normaliseUnits on the Conghua plan', () => {
  const cells = plan.items.flatMap((i) => [
    { where: `task ${i.taskNo}.${i.itemNo} lead`, text: i.leadText },
    { where: `task ${i.taskNo}.${i.itemNo} responsible`, text: i.responsibleText },
  ]);

  it('every lead and responsible cell of all 42 items normalises with no unknown name', () => {
    const unknown = cells.flatMap((c) => normaliseUnits(c.text, dir).unknown.map((u) => `${c.where}: ${u}`));
    expect(unknown).toEqual([]);
  });

  it('every non-empty cell yields at least one unit, and every item has someone responsible', () => {
    for (const c of cells) if (c.text !== '') expect(normaliseUnits(c.text, dir).units.length, c.where).toBeGreaterThan(0);
    for (const i of plan.items) {
      const all = [...normaliseUnits(i.leadText, dir).units, ...normaliseUnits(i.responsibleText, dir).units];
      expect(all.length, `task ${i.taskNo}.${i.itemNo}`).toBeGreaterThan(0);
    }
  });

  it('every department the plan names is in the organisation list', () => {
    const keys = new Set(cells.flatMap((c) => normaliseUnits(c.text, dir).units.map((u) => u.key)));
    const orgKeys = new Set(conghuaOrganisations.map((o) => o.key));
    for (const k of keys) if (k !== 'relevant-units') expect(orgKeys.has(k), k).toBe(true);
    // 24 departments appear in the annex cells (区安委会/安委办 are named only in the body text).
    expect(conghuaOrganisations.filter((o) => o.kind === 'department' && keys.has(o.key)).map((o) => o.name)).toHaveLength(24);
  });
});

describe('normaliseUnits, table-driven', () => {
  it.each([
    // [cell, expected canonical names (all_territories expanded), expected kinds]
    ['区安监局', ['区安全监管局']],
    ['区安全监管局牵头', ['区安全监管局']],
    ['区安全监督局等按职责分工负责', ['区安全监管局']],
    ['区安监局、区编委办', ['区安全监管局', '区编办']],
    ['区环保局负责', ['区环保局']],
    ['区法制办等按职责分工负责', ['区法制办']],
    ['从化海关、出入境检验检疫局等按职责分工负责', ['从化海关', '从化出入境检验检疫局']],
    ['从化海关、从化区出入境检验检疫局等按职责分工负责', ['从化海关', '从化出入境检验检疫局']],
    ['区发改局、区交通局等部门按职责分工负责', ['区发改局', '区交通局']],
    ['太平镇、鳌头镇、温泉镇、城郊街、江埔街按职责分工负责', ['太平镇', '鳌头镇', '温泉镇', '城郊街道', '江埔街道']],
    // 区市场和质量监管局 contains 和 but is one name; 区安监局和各镇… is two.
    ['区市场和质量监管局、区安监局', ['区市场和质量监管局', '区安全监管局']],
    ['区城管局、区安监局和各镇（街、场、园区）等按职责分工负责', ['区城管局', '区安全监管局', ...ALL11]],
    ['区气象局等区各有关单位按职责分工负责', ['区气象局', '区各有关单位']],
    ['各有关单位按职责分工负责推进', ['区各有关单位']],
    ['区各有关单位按职责分工负责，各镇（街、场、园区）组织完成辖区内摸排工作', ['区各有关单位', ...ALL11]],
    ['各镇政府、街道办事处、园（区）管委会、流溪河林场、大岭山林场负责本行政区域内管控', ALL11],
    ['各镇(街、场、园区)负责本辖区的实施工作', ALL11], // half-width brackets
    ['区 安 监 局 、 区公安分局', ['区安全监管局', '区公安分局']], // stray spaces
    ['区安监局\n区公安分局', ['区安全监管局', '区公安分局']], // one name per line
    ['区安监局、区安全监管局', ['区安全监管局']], // the same unit twice is listed once
    ['', []],
  ])('%s', (cell, expected) => {
    const result = normaliseUnits(cell, dir);
    expect(result.unknown).toEqual([]);
    expect(names(result.units)).toEqual(expected);
  });

  it('marks kinds: unit, group (never dropped) and all_territories (raw is the phrase)', () => {
    const r = normaliseUnits('区安监局、区各有关单位、各镇（街、场、园区）', dir);
    expect(r.units.slice(0, 2)).toEqual([
      { raw: '区安监局', canonical: '区安全监管局', key: 'safety-bureau', kind: 'unit' },
      { raw: '区各有关单位', canonical: '区各有关单位', key: 'relevant-units', kind: 'group' },
    ]);
    const territories = r.units.slice(2);
    expect(territories).toHaveLength(11);
    expect(territories.every((u) => u.kind === 'all_territories' && u.raw === '各镇（街、场、园区）')).toBe(true);
    expect(territories[0]).toEqual({ raw: '各镇（街、场、园区）', canonical: '温泉镇', key: 'wenquan-town', kind: 'all_territories' });
  });

  it.each([
    ['区新能源局负责', [], ['区新能源局']],
    ['区安监局、区新能源局等按职责分工负责', ['区安全监管局'], ['区新能源局']],
    // An unknown name containing 和 stays whole: it is not split into two guesses.
    ['区人力资源和社保局、区安监局', ['区安全监管局'], ['区人力资源和社保局']],
    // Half-known "X和Y": reported whole, nothing taken from it.
    ['区安监局和区新能源局按职责分工负责', [], ['区安监局和区新能源局']],
    ['安监局', [], ['安监局']], // no 区 prefix: not guessed to be 区安全监管局
    ['由各单位自行安排', [], ['由各单位自行安排']],
  ])('%s → units %j, unknown %j', (cell, expectedUnits, expectedUnknown) => {
    const r = normaliseUnits(cell, dir);
    expect(names(r.units)).toEqual(expectedUnits);
    expect(r.unknown).toEqual(expectedUnknown);
  });

  it('takes administrator aliases on top of the directory', () => {
    const extended = extendUnitDirectory(dir, [{ alias: '区新能源局', key: 'development-bureau', canonical: '区发改局', kind: 'unit' }]);
    expect(normaliseUnits('区新能源局负责', extended)).toEqual({
      units: [{ raw: '区新能源局', canonical: '区发改局', key: 'development-bureau', kind: 'unit' }],
      unknown: [],
    });
    expect(normaliseUnits('区新能源局负责', dir).unknown).toEqual(['区新能源局']); // the base is unchanged
  });

  it('refuses alias data that points at a missing organisation', () => {
    expect(() =>
      buildUnitDirectory({
        organisations: [{ key: 'a', name: '区甲局' }],
        aliases: { units: { 区乙局: 'b' }, groups: [], allTerritories: { phrases: [], members: [] }, predicateMarkers: [], listEndings: [] },
      }),
    ).toThrow(/unknown organisation key b/);
  });
});
