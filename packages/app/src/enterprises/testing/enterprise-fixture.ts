// Test builders for the enterprises context: valid credit codes (check characters worked by hand) and a valid
// EnterpriseInput with overrides, so each test states only what it is about.
import type { EnterpriseInput } from '@hazgov/domain/enterprises/enterprise-input';

// GB 32100: 9144011700000000d has Σ = 317 + 28·d (uscc.test.ts shows 317 for the digits 91440117); check = 31 − Σ mod 31:
//   d=1: 345 mod 31 = 4 → 27 → U    d=2: 373 mod 31 = 1 → 30 → Y    d=3: 401 mod 31 = 29 → 2
//   d=4: 429 mod 31 = 26 → 5        d=5: 457 mod 31 = 23 → 8        d=6: 485 mod 31 = 20 → 11 → B
export const USCC = ['91440117000000001U', '91440117000000002Y', '914401170000000032', '914401170000000045', '914401170000000058', '91440117000000006B'] as const;
/** The first code with a wrong check character (U → V would be outside the alphabet; W is in it, and wrong). */
export const USCC_BAD_CHECK = '91440117000000001W';

export function enterpriseInput(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    name: '从化温泉化工有限公司', uscc: USCC[0], legalRepresentative: '李四', address: '广州市从化区温泉镇温泉大道 1 号',
    location: { lng: 113.586, lat: 23.548, crs: 'wgs84' }, territoryId: '440117103', gridId: null, industry: '化学原料和化学制品制造业',
    activities: ['storage'], status: 'operating', inChemicalPark: false, chemicalPark: null, staffCount: 35,
    contacts: [{ duty: '主要负责人', name: '张三', phone: '13800138000' }], keyProcesses: [], ...overrides,
  };
}
