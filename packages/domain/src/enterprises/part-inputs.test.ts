import { describe, expect, it } from 'vitest';
import { readLicenceInput, readSiteInput, readUnitInput } from './part-inputs.js';

describe('licence, site and unit input', () => {
  it('a licence needs a kind, a number and real dates, issued before it expires', () => {
    expect(readLicenceInput({ kind: 'hazchem_trade', number: ' 粤穗从危化经字〔2024〕001号 ', expiresOn: '2027-06-30', issuedOn: '' }).value)
      .toEqual({ kind: 'hazchem_trade', number: '粤穗从危化经字〔2024〕001号', scope: null, issuer: null, issuedOn: null, expiresOn: '2027-06-30' });
    expect(readLicenceInput({ kind: 'permit', number: '', expiresOn: '2027-02-30' }).problems.map((p) => `${p.field}:${p.code}`))
      .toEqual(['kind:LICENCE_KIND_UNKNOWN', 'number:LICENCE_NUMBER_REQUIRED', 'expiresOn:LICENCE_DATE_INVALID']);
    expect(readLicenceInput({ kind: 'other', number: 'x', issuedOn: '2027-07-01', expiresOn: '2027-06-30' }).problems.map((p) => p.code))
      .toEqual(['LICENCE_EXPIRES_BEFORE_ISSUED']);
  });

  it('a site needs a name', () => {
    expect(readSiteInput({ name: ' ' }).problems.map((p) => p.code)).toEqual(['SITE_NAME_REQUIRED']);
  });

  it('a unit counts whole people within 500 m', () => {
    expect(readUnitInput({ name: '罐区', kind: 'storage', facility: 'tank_farm', population500m: 120 }).value).toMatchObject({ population500m: 120, siteId: null });
    expect(readUnitInput({ name: '罐区', kind: 'depot', facility: 'shed', population500m: 1.5 }).problems.map((p) => `${p.field}:${p.code}`))
      .toEqual(['kind:UNIT_KIND_UNKNOWN', 'facility:UNIT_FACILITY_UNKNOWN', 'population500m:UNIT_POPULATION_INVALID']);
  });
});
