import { describe, expect, it } from 'vitest';
import { readEnterpriseInput, type EnterpriseInput } from './enterprise-input.js';

// 91440117MA59ABCD1K: uscc.test.ts derives the check character K for 91440117MA59ABCD1 by the GB 32100 formula.
const base: EnterpriseInput = {
  name: ' 从化温泉化工有限公司 ', uscc: '91440117ma59abcd1k', territoryId: '440117103', activities: ['storage', 'storage', 'trade'],
  status: 'operating', inChemicalPark: false, chemicalPark: '不应保存', contacts: [{ duty: '主要负责人', name: '张三', phone: '020-87654321' }],
  keyProcesses: [' 氯化工艺 ', ''], location: { lng: 113.586, lat: 23.548, crs: 'wgs84' },
};

describe('enterprise input', () => {
  it('normalises what was typed: trimmed name, upper-case code, unique activities, no park name outside a park', () => {
    const { value, problems } = readEnterpriseInput(base);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      name: '从化温泉化工有限公司', uscc: '91440117MA59ABCD1K', activities: ['storage', 'trade'], chemicalPark: null, keyProcesses: ['氯化工艺'],
      location: { lng: 113.586, lat: 23.548, input: 'wgs84' }, gridId: null, legalRepresentative: null,
    });
  });

  it.each([
    ['91440117MA59ABCD1', 'ENTERPRISE_USCC_LENGTH'],
    ['91440117MA59ABCDIK', 'ENTERPRISE_USCC_CHARSET'], // I is not in the GB 32100 alphabet
    ['91ABCDEFMA59ABCD1K', 'ENTERPRISE_USCC_DIVISION_CODE'],
    ['91440117MA59ABCD1L', 'ENTERPRISE_USCC_CHECK_CHARACTER'],
  ])('credit code %s → %s on the field uscc', (uscc, code) => {
    const { value, problems } = readEnterpriseInput({ ...base, uscc });
    expect(value).toBeNull();
    expect(problems).toEqual([{ field: 'uscc', code, params: { uscc } }]);
  });

  it('converts a GCJ-02 point to WGS-84 and refuses a GCJ-02 point outside China', () => {
    const { value } = readEnterpriseInput({ ...base, location: { lng: 116.41024449916938, lat: 39.91640428150164, crs: 'gcj02' } });
    expect(value?.location?.input).toBe('gcj02');
    expect(value?.location?.lng).toBeCloseTo(116.404, 5); // coordtransform's published pair (shared/gcj02.test.ts)
    const swapped = readEnterpriseInput({ ...base, location: { lng: 23.548, lat: 113.586, crs: 'gcj02' } });
    expect(swapped.problems.map((p) => p.code)).toEqual(['LOCATION_OUT_OF_RANGE']);
    const abroad = readEnterpriseInput({ ...base, location: { lng: -0.1276, lat: 51.5072, crs: 'gcj02' } });
    expect(abroad.problems.map((p) => p.code)).toEqual(['LOCATION_GCJ02_OUTSIDE_CHINA']);
  });

  it('names the contact row and field of each problem', () => {
    const { problems } = readEnterpriseInput({
      ...base, contacts: [{ duty: '主要负责人', name: '张三' }, { duty: '', name: ' ', phone: 'call me' }], activities: ['mining'], staffCount: -1,
    });
    expect(problems).toEqual([
      { field: 'activities.0', code: 'ENTERPRISE_ACTIVITY_UNKNOWN', params: { value: 'mining' } },
      { field: 'staffCount', code: 'ENTERPRISE_STAFF_COUNT_INVALID' },
      { row: 2, field: 'contacts.1.duty', code: 'ENTERPRISE_CONTACT_DUTY_REQUIRED', params: { row: 2 } },
      { row: 2, field: 'contacts.1.name', code: 'ENTERPRISE_CONTACT_NAME_REQUIRED', params: { row: 2 } },
      { row: 2, field: 'contacts.1.phone', code: 'ENTERPRISE_CONTACT_PHONE_INVALID', params: { row: 2, phone: 'call me' } },
    ]);
  });
});
