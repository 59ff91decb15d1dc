import fs from 'node:fs';
import { openDatabase } from '@hazgov/db/database';
import { getPlanBoard } from '@hazgov/app/plans/get-plan-board';
import { getPlanDashboard } from '@hazgov/app/plans/get-plan-dashboard';
const dir = process.argv[2]!;
const database = openDatabase({ dataDir: dir });
const gen = JSON.parse(fs.readFileSync(`${dir}/generation.json`, 'utf8'));
const ctx = { database, now: () => new Date('2026-01-20T02:00:00.000Z') };
const actor = { userId: 'x', username: 'a', displayName: 'a', role: 'district_admin' as const, organisationId: '440000', organisationPath: '/440000/' };
const scope = { paths: ['/'], all: true };
const which = process.argv[3];
for (let i = 0; i < 4; i++) {
  if (which === 'board') await getPlanBoard(ctx, { actor, scope, planId: gen.planId });
  else await getPlanDashboard(ctx, { actor, scope, planId: gen.planId });
}
await database.close();
