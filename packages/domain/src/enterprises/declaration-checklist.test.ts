import { describe, expect, it } from 'vitest';
import { missingForDeclaration, type DeclarationRecord } from './declaration-checklist.js';

const complete: DeclarationRecord = {
  legalRepresentative: '李四', address: '从化区温泉镇某路 1 号', hasLocation: true, industry: '化学原料和化学制品制造业',
  activities: ['storage'], contacts: [{ duty: '主要负责人', name: '张三' }],
  units: [{ name: '储罐区', identificationStatus: 'graded' }, { name: '仓库', identificationStatus: 'below_threshold' }],
};

describe('declaration checklist', () => {
  it('a complete record has nothing missing', () => {
    expect(missingForDeclaration(complete)).toEqual([]);
  });

  it('lists every gap at once, units by row and name', () => {
    const missing = missingForDeclaration({
      legalRepresentative: ' ', address: null, hasLocation: false, industry: null, activities: [],
      contacts: [{ duty: '安全负责人', name: '王五' }, { duty: '主要负责人', name: '' }],
      units: [{ name: '储罐区', identificationStatus: 'needs_population' }, { name: '仓库', identificationStatus: 'incomplete' }, { name: '车间', identificationStatus: 'empty' }],
    });
    expect(missing.map((m) => [m.field, m.code])).toEqual([
      ['legalRepresentative', 'DECLARATION_LEGAL_REPRESENTATIVE_REQUIRED'],
      ['address', 'DECLARATION_ADDRESS_REQUIRED'],
      ['location', 'DECLARATION_LOCATION_REQUIRED'],
      ['industry', 'DECLARATION_INDUSTRY_REQUIRED'],
      ['activities', 'DECLARATION_ACTIVITY_REQUIRED'],
      ['contacts', 'DECLARATION_PRINCIPAL_REQUIRED'],
      ['units.0', 'DECLARATION_UNIT_POPULATION_REQUIRED'],
      ['units.1', 'DECLARATION_UNIT_INVENTORY_INCOMPLETE'],
      ['units.2', 'DECLARATION_UNIT_INVENTORY_EMPTY'],
    ]);
    expect(missing[7]).toMatchObject({ row: 2, params: { row: 2, unit: '仓库' } });
  });

  it('an enterprise that stores or produces must describe a unit; a trader need not', () => {
    expect(missingForDeclaration({ ...complete, units: [] }).map((m) => m.code)).toEqual(['DECLARATION_UNIT_REQUIRED']);
    expect(missingForDeclaration({ ...complete, activities: ['trade'], units: [] })).toEqual([]);
  });
});
