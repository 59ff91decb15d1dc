import { describe, expect, it } from 'vitest';
import { emptyRiskPoint, formFieldOf, inputOf, type RiskFormValues } from './form-values';

describe('risk point form values', () => {
  it('sends an enterprise unit point with only the inputs of its method, trimmed lists and every measure kind', () => {
    const v: RiskFormValues = {
      ...emptyRiskPoint({ enterpriseId: 'e1' }), unitId: 'u1', siteId: 's1', territoryId: 't1', name: ' 液氯储罐区 ',
      coordinates: { lng: 113.6, lat: 23.6, crs: 'gcj02' }, posts: ['充装工', ' '], hazardFactors: ['液氯泄漏'],
      assessment: { method: 'lec', l: 6, e: 6, c: 15, s: 3 }, responsibleDepartment: '储运部', responsiblePerson: '张三',
      measures: { engineering: ['泄漏报警'], emergency: [] },
    };
    const input = inputOf(v);
    expect(input).toMatchObject({ kind: 'unit', enterpriseId: 'e1', unitId: 'u1', siteId: null, territoryId: null, name: '液氯储罐区', posts: ['充装工'] });
    expect(input.assessment).toEqual({ method: 'lec', inputs: { l: 6, e: 6, c: 15 } });
    expect(input.coordinates).toEqual({ lng: 113.6, lat: 23.6, crs: 'gcj02' });
    expect(input.measures).toEqual({ engineering: ['泄漏报警'], management: [], training: [], ppe: [], emergency: [] });
  });

  it('sends a public place with its territory and no enterprise; no point without both coordinates', () => {
    const v: RiskFormValues = { ...emptyRiskPoint({ territoryId: 't1' }), enterpriseId: 'e9', gridId: 'g1', name: '加油站', coordinates: { lng: 113.6, crs: 'wgs84' },
      assessment: { method: 'ls', l: 2, s: 3 } };
    const input = inputOf(v);
    expect(input).toMatchObject({ kind: 'pipeline_segment', enterpriseId: null, territoryId: 't1', gridId: 'g1', coordinates: null });
    expect(input.assessment.inputs).toEqual({ l: 2, s: 3 });
  });

  it("maps the server's assessment fields onto the form's", () => {
    expect(formFieldOf('assessment.inputs.c')).toBe('assessment.c');
    expect(formFieldOf('inputs.l')).toBe('assessment.l');
    expect(formFieldOf('measures.ppe')).toBe('measures.ppe');
    expect(formFieldOf('coordinates')).toBe('coordinates.lng');
    expect(formFieldOf('measures')).toBe('measures.engineering');
  });
});
