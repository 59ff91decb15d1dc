// The report PDF parses, embeds the Chinese font, and its text layer says what the trace says.
import { describe, expect, it } from 'vitest';
import { traceUnit } from '@hazgov/domain/major-hazards/identification-trace';
import { renderIdentificationReport, type IdentificationReport } from './identification-report-pdf.js';
import { readPdf } from './pdf-test-support.js';

// Hand calculation (GB 18218-2018):
//   液氯 10 t — Table 1 row 12 (氯, alias 液氯), Q = 5 t → q/Q = 2; β = 4 (Table 3 氯) → βq/Q = 8
//   甲醇 100 t — Table 1 row 65, Q = 500 t → q/Q = 0.2; β = 1.5 (Table 4 W5.1) → βq/Q = 0.3
//   S = 2.2 ≥ 1; Σβq/Q = 8.3; 120 people → α = 2 (Table 5, 100人以上); R = 2 × 8.3 = 16.6 → 三级 (Table 6: 50>R≥10)
const trace = traceUnit({
  lines: [
    { substance: { name: '液氯' }, quantity: { value: '10', unit: 't' } },
    { substance: { name: '甲醇', hazardSymbols: ['W5.1'] }, quantity: { value: '100', unit: 't' } },
  ],
  populationWithin500m: 120,
});

const report = (over: Partial<IdentificationReport> = {}): IdentificationReport => ({
  enterprise: { name: '从化温泉化工有限公司', uscc: '91440117MA59C1XP3U', address: '广州市从化区温泉镇' },
  territoryName: '温泉镇',
  unit: { name: '1号储罐区', kind: 'storage', facility: 'tank_farm', population500m: 120, populationSource: 'entered' },
  identification: trace,
  identifiedAt: '2026-03-02T02:00:00.000Z',
  register: { filingStatus: 'filed', filingNumber: '粤应急备〔2026〕12号', filedOn: '2026-01-05', persons: [
    { duty: '主要负责人', name: '张三', phone: '13800000000' }, { duty: '技术负责人', name: '李四', phone: null }, { duty: '操作负责人', name: null, phone: null },
  ] },
  monitoring: [{ zh: '配备紧急切断装置', en: 'x', basis: 'R40 第十三条（三）' }],
  generatedAt: '2026-03-02T02:00:00.000Z',
  ...over,
});

describe('identification report PDF', () => {
  it('is a PDF with the embedded CJK font, and its text layer carries the calculation', async () => {
    expect(trace.status).toBe('graded');
    const pdf = await renderIdentificationReport(report());
    const facts = readPdf(pdf);
    expect(facts.header).toBe('%PDF-1.3');
    expect(facts.pageCount).toBeGreaterThanOrEqual(1);
    expect(facts.fontNames.some((f) => /NotoSansCJKsc-Regular/.test(f))).toBe(true);
    const text = facts.text.replace(/\s+/g, '');
    for (const s of ['危险化学品重大危险源辨识与分级报告', '从化温泉化工有限公司', '1号储罐区', '液氯', '表1第12行氯', '表3氯', '表4W5.1易燃液体',
      'S=Σ(q/Q)=2.2≥1', 'R=α×Σ(β·q/Q)=2×8.3=16.6', '分级：三级重大危险源（表6：50>R≥10）', '主要负责人：张三（13800000000）', '操作负责人：未填写',
      '2026年3月2日', 'GB18218-2018']) {
      expect(text, s).toContain(s);
    }
  });

  it('spreads a long inventory over pages with the page count in the footer, and marks glyphs the font lacks', async () => {
    const many = traceUnit({ lines: Array.from({ length: 80 }, (_, i) => ({ substance: { name: '甲醇', hazardSymbols: ['W5.1'] }, quantity: { value: String(i + 1), unit: 't' } })), populationWithin500m: 0 });
    const pdf = await renderIdentificationReport(report({ identification: many, enterprise: { name: '𠀀化工', uscc: 'x', address: null } }));
    const facts = readPdf(pdf);
    expect(facts.pageCount).toBeGreaterThan(1);
    const text = facts.text.replace(/\s+/g, '');
    expect(text).toContain(`共${facts.pageCount}页`);
    expect(text).toContain('□化工');
    expect(text).toContain('U+20000');
  });

  it('says what is missing when the trace is incomplete (硝化棉 names rows 37–41)', async () => {
    const incomplete = traceUnit({ lines: [{ substance: { name: '硝化棉' }, quantity: { value: '2', unit: 't' } }], populationWithin500m: null });
    const text = readPdf(await renderIdentificationReport(report({ identification: incomplete, register: null, monitoring: [] }))).text.replace(/\s+/g, '');
    expect(text).toContain('辨识未完成');
    expect(text).toContain('第1行：该名称对应表1中多行');
    expect(text).toContain('尚无登记信息');
  });
});
