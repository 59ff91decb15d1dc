// The report queries on both dialects: the jurisdiction filter, "counted as of", and the aggregates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '@hazgov/domain/orgs/scope';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import {
  countReportsByQuarter, countReportsByUnitQuarter, countedReportsOfCells, countedReportsOfQuarter, listReports, taskQuarterStats,
} from './progress-reports.repository.js';

let database: Database;
const all: Scope = { paths: ['/'], all: true };
const townA: Scope = { paths: ['/d/a/'], all: false };
const at = '2017-01-01T00:00:00.000Z';

beforeAll(async () => {
  database = await createTestDb();
  const db = database.db;
  await db.insertInto('organisations').values([
    { id: 'd', parent_id: null, kind: 'district', code: null, name: '区', name_en: null, path: '/d/', sort: 0, created_at: at },
    { id: 'a', parent_id: 'd', kind: 'territory', code: null, name: 'A镇', name_en: null, path: '/d/a/', sort: 1, created_at: at },
    { id: 'ab', parent_id: 'd', kind: 'territory', code: null, name: 'AB镇', name_en: null, path: '/d/ab/', sort: 2, created_at: at }, // '/d/a' is a prefix of '/d/ab'
  ]).execute();
  await db.insertInto('plans').values({ id: 'p', parent_plan_id: null, organisation_id: 'd', path: '/d/', code: null, title: 'P', issued_on: '2017-06-08', starts_on: null, ends_on: null, source: null, office_organisation_id: null, reports_from: null, reports_to: null, created_at: at }).execute();
  await db.insertInto('plan_tasks').values({ id: 't', plan_id: 'p', group_no: 1, group_title: 'G', task_no: 1, item_no: 1, title: 'T', content: '', lead_text: '', responsible_text: '', deadline_text: '', deadline_kind: 'ongoing', sort: 0 }).execute();
  const report = (id: string, org: string, year: number, quarter: number, status: string, submittedOn: string | null, dueOn: string, progress: number) => ({
    id, plan_id: 'p', task_id: 't', organisation_id: org, path: `/d/${org}/`, year, quarter, due_on: dueOn, status, progress, content: '',
    problems: null, next_steps: null, submitted_at: submittedOn ? `${submittedOn}T02:00:00.000Z` : null, submitted_on: submittedOn, submitted_by: null,
    review_comment: null, reviewed_at: null, reviewed_by: null, updated_at: at,
  });
  await db.insertInto('progress_reports').values([
    report('r1', 'a', 2017, 3, 'accepted', '2017-09-28', '2017-09-30', 40),
    report('r2', 'a', 2017, 4, 'submitted', '2018-01-05', '2017-12-29', 60), // late
    report('r3', 'ab', 2017, 3, 'returned', '2017-09-29', '2017-09-30', 10), // returned: not counted
    report('r4', 'ab', 2017, 4, 'draft', null, '2017-12-29', 20),
  ]).execute();
});
afterAll(async () => database.close());

describe('progress report queries', () => {
  it('a scope of /d/a/ never matches /d/ab/', async () => {
    expect((await listReports(database.db, { planId: 'p', scope: townA })).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect((await listReports(database.db, { planId: 'p', scope: all })).map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('counts only submitted/accepted reports submitted on or before asOf, late after the due day', async () => {
    expect(await countReportsByQuarter(database.db, { planId: 'p', asOf: '2017-12-31', scope: all })).toEqual([{ year: 2017, quarter: 3, on_time: 1, late: 0 }]);
    expect(await countReportsByQuarter(database.db, { planId: 'p', asOf: '2018-01-05', scope: all })).toEqual([
      { year: 2017, quarter: 3, on_time: 1, late: 0 }, { year: 2017, quarter: 4, on_time: 0, late: 1 },
    ]);
    expect(await countReportsByUnitQuarter(database.db, { planId: 'p', asOf: '2018-01-05', scope: all })).toEqual([
      { organisation_id: 'a', year: 2017, quarter: 3, counted: 1, late: 0 }, { organisation_id: 'a', year: 2017, quarter: 4, counted: 1, late: 1 },
    ]);
    expect(await taskQuarterStats(database.db, { planId: 'p', year: 2017, quarter: 4, asOf: '2018-01-05', scope: all })).toEqual([{ task_id: 't', reported: 1, avg_progress: 60 }]);
  });

  it('reads one quarter from the covering index, and cells by key', async () => {
    expect((await countedReportsOfQuarter(database.db, { planId: 'p', year: 2017, quarter: 3, asOf: '2018-01-05', scope: all })).map((r) => r.organisation_id)).toEqual(['a']);
    const cells = await countedReportsOfCells(database.db, { asOf: '2018-01-05', scope: all, cells: [{ taskId: 't', unitId: 'a' }, { taskId: 't', unitId: 'ab' }] });
    expect(cells.map((r) => `${r.organisation_id}:${r.year}Q${r.quarter}`).sort()).toEqual(['a:2017Q3', 'a:2017Q4']);
    expect(await countedReportsOfCells(database.db, { asOf: '2018-01-05', scope: { paths: ['/d/ab/'], all: false }, cells: [{ taskId: 't', unitId: 'a' }] })).toEqual([]);
  });
});
