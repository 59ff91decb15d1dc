import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../shared/gcj02.js';
import { readRiskPointInput, type RiskPointInput } from './risk-point-input.js';

const TODAY = '2026-03-02';
const unitPoint = (extra: Partial<RiskPointInput> = {}): RiskPointInput => ({
  kind: 'unit', enterpriseId: 'ea', unitId: 'u1', name: ' 1号储罐区 ', posts: ['罐区操作工', '装卸工'], hazardFactors: ['甲醇泄漏', ' ', '甲醇泄漏'],
  accidentTypes: ['火灾'], assessment: { method: 'lec', inputs: { l: 6, e: 6, c: 15 } }, controlLevel: 'company', responsibleDepartment: '安全部',
  responsiblePerson: '张三', measures: { engineering: ['报警'], management: [], training: [], ppe: [], emergency: [] }, status: 'controlled',
  reviewIntervalDays: 90, ...extra,
});
const fields = (input: RiskPointInput) => readRiskPointInput(input, TODAY).problems.map((p) => `${p.field}:${p.code}`);

describe('readRiskPointInput', () => {
  it('normalises a valid enterprise point: trimmed, blanks and repeats dropped, public-place fields cleared', () => {
    const { value, problems } = readRiskPointInput(unitPoint({ territoryId: 'ignored', siteId: 's1' }), TODAY);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ kind: 'unit', isPublic: false, enterpriseId: 'ea', unitId: 'u1', siteId: 's1', territoryId: null, name: '1号储罐区', hazardFactors: ['甲醇泄漏'] });
    expect(value?.measures).toEqual({ engineering: ['报警'], management: [], training: [], ppe: [], emergency: [] });
  });

  it('a public place needs a territory and no enterprise, site or unit', () => {
    expect(fields(unitPoint({ kind: 'filling_station' }))).toEqual(['territoryId:RISK_POINT_TERRITORY_REQUIRED', 'enterpriseId:RISK_POINT_PUBLIC_WITH_ENTERPRISE', 'unitId:RISK_POINT_PUBLIC_WITH_ENTERPRISE']);
    const ok = readRiskPointInput(unitPoint({ kind: 'pipeline_segment', enterpriseId: null, unitId: null, territoryId: '440117103', gridId: 'g1' }), TODAY);
    expect(ok.value).toMatchObject({ isPublic: true, territoryId: '440117103', gridId: 'g1', enterpriseId: null });
  });

  it('enterprise kinds need their enterprise, a site point its site, a unit point its unit', () => {
    expect(fields(unitPoint({ enterpriseId: ' ' }))).toEqual(['enterpriseId:RISK_POINT_ENTERPRISE_REQUIRED']);
    expect(fields(unitPoint({ unitId: null }))).toEqual(['unitId:RISK_POINT_UNIT_REQUIRED']);
    expect(fields(unitPoint({ kind: 'site', unitId: null }))).toEqual(['siteId:RISK_POINT_SITE_REQUIRED']);
    expect(readRiskPointInput(unitPoint({ kind: 'enterprise', siteId: 's1' }), TODAY).value).toMatchObject({ siteId: null, unitId: null });
    expect(fields(unitPoint({ kind: 'depot' }))).toEqual(['kind:RISK_POINT_KIND_UNKNOWN']);
  });

  it('at least one hazard factor and one measure in all categories', () => {
    const none = { engineering: [' '], management: [], training: [], ppe: [], emergency: [] };
    expect(fields(unitPoint({ hazardFactors: [' '], measures: none }))).toEqual(['hazardFactors:RISK_POINT_HAZARD_FACTORS_REQUIRED', 'measures:RISK_POINT_MEASURES_REQUIRED']);
    expect(fields(unitPoint({ measures: { emergency: ['疏散'] } }))).toEqual([]); // one emergency measure is enough; missing categories are empty
  });

  it('posts are non-blank and unique, each problem naming its row', () => {
    expect(readRiskPointInput(unitPoint({ posts: ['装卸工', '', ' 装卸工 '] }), TODAY).problems).toEqual([
      { field: 'posts.1', code: 'RISK_POINT_POST_BLANK', params: { row: 2 } },
      { field: 'posts.2', code: 'RISK_POINT_POST_DUPLICATE', params: { post: '装卸工' } },
    ]);
    expect(readRiskPointInput(unitPoint({ posts: [] }), TODAY).value?.posts).toEqual([]);
  });

  it('review interval 1–1095 whole days; last review a real date not after today', () => {
    for (const bad of [0, 1096, 1.5, -3]) expect(fields(unitPoint({ reviewIntervalDays: bad }))).toEqual(['reviewIntervalDays:RISK_POINT_REVIEW_INTERVAL_INVALID']);
    for (const ok of [1, 1095]) expect(fields(unitPoint({ reviewIntervalDays: ok }))).toEqual([]);
    expect(fields(unitPoint({ lastReviewedOn: '2026-02-30' }))).toEqual(['lastReviewedOn:RISK_POINT_DATE_INVALID']);
    expect(fields(unitPoint({ lastReviewedOn: '2026-03-03' }))).toEqual(['lastReviewedOn:RISK_POINT_REVIEW_DATE_FUTURE']);
    expect(fields(unitPoint({ lastReviewedOn: TODAY }))).toEqual([]);
  });

  it('name, responsible department and person required; name at most 200 characters; phone, vocabularies checked', () => {
    expect(fields(unitPoint({ name: ' ', responsibleDepartment: '', responsiblePerson: ' ' }))).toEqual([
      'name:RISK_POINT_NAME_REQUIRED', 'responsibleDepartment:RISK_POINT_RESPONSIBLE_DEPARTMENT_REQUIRED', 'responsiblePerson:RISK_POINT_RESPONSIBLE_PERSON_REQUIRED',
    ]);
    expect(fields(unitPoint({ name: '罐'.repeat(200) }))).toEqual([]);
    expect(fields(unitPoint({ name: '罐'.repeat(201) }))).toEqual(['name:RISK_POINT_NAME_TOO_LONG']);
    expect(fields(unitPoint({ responsiblePhone: 'call me' }))).toEqual(['responsiblePhone:RISK_POINT_PHONE_INVALID']);
    expect(fields(unitPoint({ controlLevel: 'boss', status: 'fine' }))).toEqual(['controlLevel:RISK_POINT_CONTROL_LEVEL_UNKNOWN', 'status:RISK_POINT_STATUS_UNKNOWN']);
  });

  it('coordinates: GCJ-02 converted to WGS-84 and remembered; out of range named on `coordinates`', () => {
    const typed = { lng: 113.586, lat: 23.548 };
    const v = readRiskPointInput(unitPoint({ coordinates: { ...typed, crs: 'gcj02' } }), TODAY).value;
    expect(v?.coordinates).toEqual({ ...gcj02ToWgs84(typed), input: 'gcj02' });
    expect(readRiskPointInput(unitPoint({ coordinates: { ...typed, crs: 'wgs84' } }), TODAY).value?.coordinates).toEqual({ ...typed, input: 'wgs84' });
    expect(fields(unitPoint({ coordinates: { lng: 200, lat: 23, crs: 'wgs84' } }))).toEqual(['coordinates:LOCATION_OUT_OF_RANGE']);
    expect(fields(unitPoint({ coordinates: { lng: 23.5, lat: 113.5, crs: 'gcj02' } }))).toEqual(['coordinates:LOCATION_OUT_OF_RANGE']); // lat 113.5 > 90
  });
});
