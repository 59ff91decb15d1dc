import { describe, expect, it } from 'vitest';
import { checkSettings, inputOf, type SettingsValues } from './settings-form';

// The documented defaults (domain/inspections/settings.ts): escalation 1 / 7 / 30 days, deadlines 15 / 60 days.
const base: SettingsValues = {
  escalation: { territoryDays: 1, departmentDays: 7, districtDays: 30 }, deadlines: { generalDays: 15, majorDays: 60 },
  majorCriteria: [{ key: 'mh01', text: 'a', basis: 'b', verified: false }, { key: 'mh02', text: 'c', basis: 'd', verified: false }],
};

describe('hidden-danger settings form', () => {
  it('accepts the defaults, and equal days', () => {
    expect(checkSettings(base)).toEqual([]);
    expect(checkSettings({ ...base, escalation: { territoryDays: 3, departmentDays: 3, districtDays: 3 }, deadlines: { generalDays: 30, majorDays: 30 } })).toEqual([]);
  });
  it('names the field out of order, a major period shorter than a general one, a repeated key', () => {
    expect(checkSettings({ ...base, escalation: { territoryDays: 1, departmentDays: 0, districtDays: 30 } }).map((p) => p.name.join('.'))).toEqual(['escalation.departmentDays']);
    expect(checkSettings({ ...base, escalation: { territoryDays: 1, departmentDays: 7, districtDays: 6 } }).map((p) => p.name.join('.'))).toEqual(['escalation.districtDays']);
    expect(checkSettings({ ...base, deadlines: { generalDays: 15, majorDays: 10 } })).toEqual([{ name: ['deadlines', 'majorDays'], key: 'majorShorter' }]);
    const twice = { ...base, majorCriteria: [...base.majorCriteria, { key: ' mh01 ', text: 'e', basis: 'f', verified: false }] };
    expect(checkSettings(twice)).toEqual([{ name: ['majorCriteria', 2, 'key'], key: 'duplicateKey' }]);
  });
  it('trims what it sends', () => {
    const v = { ...base, majorCriteria: [{ key: ' mh21 ', text: ' 新条件 ', basis: ' 依据 ', verified: undefined as unknown as boolean }] };
    expect(inputOf(v).majorCriteria).toEqual([{ key: 'mh21', text: '新条件', basis: '依据', verified: false }]);
  });
});
