import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { defaultPublicFields } from '../blacklist/public-fields.js';
import { defaultDeadlines, defaultEscalation, mergePublicFields, validateInspectionSettings } from './settings.js';

function fails(fn: () => void): { code: string; fields: string[]; codes: string[] } {
  try { fn(); } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.details.map((d) => d.field ?? ''), codes: e.details.map((d) => d.code) };
    throw e;
  }
  throw new Error('expected an AppError');
}
const criterion = { key: 'mh01', text: '主要负责人未考核合格', basis: '安监总管三〔2017〕121号', verified: false };

describe('validateInspectionSettings', () => {
  it('accepts the documented defaults and an empty save', () => {
    expect(() => validateInspectionSettings({})).not.toThrow();
    expect(() => validateInspectionSettings({
      escalation: defaultEscalation, deadlines: defaultDeadlines, publicFields: defaultPublicFields,
      majorCriteria: [criterion], blacklistCriteria: [{ ...criterion, key: 'bl01', durationMonths: 12 }],
    })).not.toThrow();
  });

  it('refuses an unknown key rather than ignoring it', () => {
    expect(fails(() => validateInspectionSettings({ escalaton: defaultEscalation }))).toMatchObject({ code: 'INSPECTION_SETTINGS_INVALID', fields: ['escalaton'] });
  });

  it('names the criterion field and index of each problem', () => {
    const r = fails(() => validateInspectionSettings({ majorCriteria: [criterion, { ...criterion, text: ' ' }, { ...criterion, key: 'MH 3', verified: 'no' }, criterion] }));
    expect(r.fields).toEqual(['majorCriteria.1.key', 'majorCriteria.1.text', 'majorCriteria.2.key', 'majorCriteria.2.verified', 'majorCriteria.3.key']);
    expect(r.codes).toContain('SETTINGS_CRITERION_KEY_DUPLICATE');
    expect(fails(() => validateInspectionSettings({ majorCriteria: [] })).fields).toEqual(['majorCriteria']);
  });

  it('needs a listing duration of 1–60 months on blacklist criteria only', () => {
    expect(fails(() => validateInspectionSettings({ blacklistCriteria: [{ ...criterion, durationMonths: 0 }] })).fields).toEqual(['blacklistCriteria.0.durationMonths']);
    expect(() => validateInspectionSettings({ majorCriteria: [criterion] })).not.toThrow();
  });

  it('refuses escalation days out of range or out of order', () => {
    expect(fails(() => validateInspectionSettings({ escalation: { territoryDays: -1, departmentDays: 7, districtDays: 30 } })).fields).toEqual(['escalation.territoryDays']);
    // 7 then 7: the department would be told the same day as… itself a level later; each level must come strictly later
    expect(fails(() => validateInspectionSettings({ escalation: { territoryDays: 7, departmentDays: 7, districtDays: 5 } })).fields)
      .toEqual(['escalation.departmentDays', 'escalation.districtDays']);
    expect(() => validateInspectionSettings({ escalation: { territoryDays: 0, departmentDays: 7, districtDays: 30 } })).not.toThrow();
  });

  it('refuses deadlines outside 1–365 days', () => {
    expect(fails(() => validateInspectionSettings({ deadlines: { generalDays: 0, majorDays: 366 } })).fields).toEqual(['deadlines.generalDays', 'deadlines.majorDays']);
  });

  it('never lets a locked field be made public, nor an unknown field be named', () => {
    const r = fails(() => validateInspectionSettings({ publicFields: { blacklist: { idNumber: { public: true }, shoeSize: { public: true } }, rumours: {} } }));
    expect(r.fields).toEqual(['publicFields.blacklist.idNumber.public', 'publicFields.blacklist.shoeSize', 'publicFields.rumours']);
    expect(r.codes[0]).toBe('SETTINGS_PUBLIC_FIELD_LOCKED');
  });
});

describe('mergePublicFields', () => {
  it('keeps defaults for fields not saved and locks whatever was stored', () => {
    const merged = mergePublicFields({ blacklist: { reason: { public: false }, idNumber: { public: true } } });
    expect(merged.blacklist.reason!.public).toBe(false);
    expect(merged.blacklist.idNumber).toEqual({ public: false, locked: true });
    expect(merged.penalty).toEqual(defaultPublicFields.penalty);
  });
});
