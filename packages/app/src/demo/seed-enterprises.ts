// The demo's hazardous-chemicals enterprises: 300 over the 11 Conghua territories and their grid cells — the
// enterprise user's own company (organisation 'demo-enterprise-wenquan') and 299 more, all marked is_demo = 1 and
// named …（演示） — with licences, sites, units, inventories identified by GB 18218 (every grade, many below the
// threshold, some waiting for population or incomplete), register rows, self-declarations in every state, and a
// few demo entries on the district's restriction list (液氯, 光气, 氰化钠, 硝酸铵, 硝化棉).
//
// Determinism: one seeded PRNG drives every choice and ids are counters (ent-demo-NNN, demo-ent-NNN-unit-K …), so
// two seeds with the same clock write the same rows. Dates that must read as "soon" (licence expiries, this year's
// declarations) are relative to the seeding clock's date in China.
// Idempotence: when a demo enterprise exists, nothing is written. Everything is written in one transaction, in
// multi-row chunks, with one audit entry for the batch (action 'seed-demo'), as seed-demo does for its history.
import type { Db } from '@hazgov/db/database';
import { insertInChunks } from '@hazgov/db/plans/bulk-insert';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { recordAudit, systemActor, type AuditActor } from '../audit/audit-chain.js';
import { conghuaOrganisationIds } from '../plans/conghua-reference.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { buildEnterprise, type BuiltEnterprise, type Place } from './demo-enterprise-build.js';
import { buildDeclarations, type DeclarationPlan, type DeclarationState, type DemoActorRef } from './demo-enterprise-declarations.js';
import { FLAGSHIPS } from './demo-enterprise-flagships.js';
import { chinaDate, demoPlaces } from './demo-enterprise-names.js';
import { PROFILES, profileByKey, type Profile } from './demo-enterprise-profiles.js';
import { seededRng, type Rng } from './prng.js';

export const DEMO_ENTERPRISE_SEED = 20180601;
export const DEMO_NAME_SUFFIX = '（演示）';
const OWN_ORG_KEY = 'demo-enterprise-wenquan';
export const OWN_RETURN_COMMENT = '甲醇储罐区周边500米常住人口（80人）与上年申报（45人）不一致，请核实并补充储罐设计最大储量依据后重新提交。';

export type SeedEnterprisesResult = { alreadySeeded: boolean; counts: Record<string, number> };

export const DEMO_RESTRICTIONS = [
  { id: 'restriction-demo-1', chemical_name: '液氯', cas: '7782-50-5', level: 'controlled', note: '（演示）城镇建成区内不再新建液氯储存、使用设施；现有水厂等使用单位纳入重点管控，逐步以次氯酸钠替代。' },
  { id: 'restriction-demo-2', chemical_name: '光气', cas: '75-44-5', level: 'prohibited', note: '（演示）全区禁止生产、储存、使用光气。' },
  { id: 'restriction-demo-3', chemical_name: '氰化钠', cas: '143-33-9', level: 'restricted', note: '（演示）限制新增使用单位；现有电镀企业须落实双人收发、双人保管。' },
  { id: 'restriction-demo-4', chemical_name: '硝酸铵', cas: '6484-52-2', level: 'restricted', note: '（演示）仅限化工园区内持证企业储存。' },
  { id: 'restriction-demo-5', chemical_name: '硝化棉', cas: '9004-70-0', level: 'controlled', note: '（演示）涂料企业硝化棉储存量纳入月度核查。' },
] as const;

/** The territories of data/demo/conghua-enterprises.json with their organisation rows and grid cells. */
export async function loadDemoPlaces(db: Db): Promise<Place[]> {
  const { idOfKey } = conghuaOrganisationIds();
  const ids = demoPlaces.territories.map((t) => idOfKey.get(t.key) ?? t.key);
  const orgs = await db.selectFrom('organisations').select(['id', 'parent_id', 'path', 'name', 'kind'])
    .where((eb) => eb.or([eb('id', 'in', ids), eb.and([eb('parent_id', 'in', ids), eb('kind', '=', 'grid')])])).orderBy('id').execute();
  return demoPlaces.territories.map((t, i) => {
    const org = orgs.find((o) => o.id === ids[i]);
    if (!org) throw new Error(`seed-enterprises: territory ${t.key} is not seeded`);
    return {
      id: org.id, path: org.path, name: org.name, key: t.key, short: t.short, mix: t.mix, centre: t.centre, spreadDeg: t.spreadDeg, roads: t.roads,
      park: t.park ?? null, grids: orgs.filter((o) => o.parent_id === org.id && o.kind === 'grid').map((o) => ({ id: o.id, path: o.path, name: o.name })),
    };
  });
}

export function pickProfile(rng: Rng, place: Place): Profile {
  const total = PROFILES.reduce((s, p) => s + p.weights[place.mix], 0);
  let r = rng.next() * total;
  for (const p of PROFILES) {
    r -= p.weights[place.mix];
    if (r < 0) return p;
  }
  return PROFILES[0]!;
}

/** The 300 enterprises, in territory order: each territory's flagships first, then random ones up to its count. */
export function buildDemoEnterprises(rng: Rng, places: readonly Place[], a: { today: string; at: string; ownOrg: { id: string; path: string } }): BuiltEnterprise[] {
  const out: BuiltEnterprise[] = [];
  const names = new Set<string>();
  const usccs = new Set<string>(['91440117MA59C1XP3U']); // the isolation walk's own test enterprise
  const common = { today: a.today, at: a.at, isDemo: true, nameSuffix: DEMO_NAME_SUFFIX };
  const own = FLAGSHIPS.find((f) => f.existingOrgKey === OWN_ORG_KEY)!;
  const ownPlace = places.find((p) => p.key === own.territoryKey)!;
  out.push(buildEnterprise(rng, { ...common, orgId: a.ownOrg.id, enterpriseId: 'demo-ent-000', place: ownPlace, profile: profileByKey(own.profileKey), gridIndex: null, flagship: own, existingOrgPath: a.ownOrg.path }));
  let n = 0;
  for (const place of places) {
    const count = demoPlaces.territories.find((t) => t.key === place.key)?.count ?? 0;
    const flagships = FLAGSHIPS.filter((f) => f.territoryKey === place.key && !f.existingOrgKey);
    for (let k = 0; k < count; k += 1) {
      n += 1;
      const nnn = String(n).padStart(3, '0');
      const flagship = flagships[k];
      let built: BuiltEnterprise | undefined;
      for (let attempt = 0; attempt < 8 && (!built || names.has(built.enterprise.name) || usccs.has(built.enterprise.uscc)); attempt += 1) {
        built = buildEnterprise(rng, {
          ...common, orgId: `ent-demo-${nnn}`, enterpriseId: `demo-ent-${nnn}`, place, flagship,
          profile: flagship ? profileByKey(flagship.profileKey) : pickProfile(rng, place),
          gridIndex: flagship ? (flagship.grid === null ? null : flagship.grid - 1) : place.grids.length > 0 && rng.chance(0.7) ? rng.int(0, place.grids.length - 1) : null,
        });
      }
      names.add(built!.enterprise.name);
      usccs.add(built!.enterprise.uscc);
      out.push(built!);
    }
  }
  return out;
}

// The demo accounts that act in the declaration history (display names as seed-demo creates them).
const ENTERPRISE_USER = { username: 'enterprise01', displayName: '企业安全管理员' };
const TOWN_REVIEWER = { username: 'wenquan', displayName: '温泉镇安监办' };
const BUREAU_REVIEWER = { username: 'ajj', displayName: '区安全监管局联络员' };

function declarationPlans(rng: Rng, built: readonly BuiltEnterprise[]): DeclarationPlan[] {
  const flagshipNames = new Set(FLAGSHIPS.map((f) => f.name));
  const candidates = built.filter((b) => !flagshipNames.has(b.enterprise.name) && b.enterprise.status === 'operating');
  const states: DeclarationState[] = [...Array<DeclarationState>(6).fill('submitted'), ...Array<DeclarationState>(6).fill('approved'), ...Array<DeclarationState>(4).fill('returned'), ...Array<DeclarationState>(3).fill('draft')];
  const chosen = new Set<number>();
  while (chosen.size < Math.min(states.length, candidates.length)) chosen.add(rng.int(0, candidates.length - 1));
  // 温泉镇's own office reviews its enterprises; the safety bureau the rest. Enterprises without an account submit
  // under their safety manager's name.
  const own = built[0]!;
  const reviewerOf = (b: BuiltEnterprise): DemoActorRef => (b.enterprise.territory_id === own.enterprise.territory_id ? TOWN_REVIEWER : BUREAU_REVIEWER);
  const safetyManager = (b: BuiltEnterprise): DemoActorRef => ({ username: null, displayName: (JSON.parse(b.enterprise.contacts_json) as { name: string }[])[1]?.name ?? '企业填报人' });
  const plans: DeclarationPlan[] = [...chosen].sort((x, y) => x - y).map((i, k) => {
    const b = candidates[i]!;
    return { built: b, state: states[k]!, withLastYear: rng.chance(0.5) && states[k] !== 'draft', submitter: safetyManager(b), reviewer: reviewerOf(b) };
  });
  plans.unshift({ built: own, state: 'returned', withLastYear: true, submitter: ENTERPRISE_USER, reviewer: TOWN_REVIEWER, comment: OWN_RETURN_COMMENT });
  return plans;
}

/** The audit actor of a history step: the demo account when it exists, else the person's name (no account). */
async function actorsOf(db: Db): Promise<(ref: DemoActorRef) => AuditActor> {
  const rows = await db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'o.id as org', 'o.path'])
    .where('users.username', 'in', [ENTERPRISE_USER.username, TOWN_REVIEWER.username, BUREAU_REVIEWER.username]).execute();
  const byName = new Map(rows.map((u): [string, Actor] => [u.username, { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Actor['role'], organisationId: u.org, organisationPath: u.path }]));
  return (ref) => (ref.username ? byName.get(ref.username) : undefined) ?? systemActor(ref.displayName);
}

export async function seedDemoEnterprises(ctx: AppContext): Promise<SeedEnterprisesResult> {
  const db = ctx.database.db;
  const already = await db.selectFrom('enterprises').select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst();
  if (already) return { alreadySeeded: true, counts: {} };
  const ownOrgId = conghuaOrganisationIds().idOfKey.get(OWN_ORG_KEY) ?? `org-${OWN_ORG_KEY}`;
  const ownOrg = await db.selectFrom('organisations').select(['id', 'path']).where('id', '=', ownOrgId).executeTakeFirst();
  if (!ownOrg) throw new Error(`seed-enterprises: the demo enterprise organisation ${ownOrgId} is not seeded`);
  const places = await loadDemoPlaces(db);
  const actorOf = await actorsOf(db);

  const now = ctx.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const rng = seededRng(DEMO_ENTERPRISE_SEED);
  const built = buildDemoEnterprises(rng, places, { today, at, ownOrg });
  const declarations = buildDeclarations(rng, declarationPlans(rng, built), today);

  return inTransaction(ctx, async (trx) => {
    const present = new Set((await trx.selectFrom('restriction_list').select('id').where('id', 'in', DEMO_RESTRICTIONS.map((r) => r.id)).execute()).map((r) => r.id));
    const restrictions = DEMO_RESTRICTIONS.filter((r) => !present.has(r.id)).map((r) => ({ ...r, created_at: at, updated_at: at, updated_by: null }));
    const counts: Record<string, number> = {
      restrictions: await insertInChunks(trx, 'restriction_list', restrictions),
      organisations: await insertInChunks(trx, 'organisations', built.flatMap((b) => (b.organisation ? [b.organisation] : []))),
      enterprises: await insertInChunks(trx, 'enterprises', built.map((b) => b.enterprise)),
      sites: await insertInChunks(trx, 'enterprise_sites', built.flatMap((b) => b.sites)),
      units: await insertInChunks(trx, 'enterprise_units', built.flatMap((b) => b.units)),
      lines: await insertInChunks(trx, 'inventory_lines', built.flatMap((b) => b.lines)),
      licences: await insertInChunks(trx, 'enterprise_licences', built.flatMap((b) => b.licences)),
      registers: await insertInChunks(trx, 'major_hazard_register', built.flatMap((b) => b.registers)),
      declarations: await insertInChunks(trx, 'enterprise_declarations', declarations.rows),
      historyEvents: declarations.events.length,
    };
    // the declaration workflow's own audit events (as the declaration use cases record them), in time order
    for (const ev of declarations.events) {
      await recordAudit(trx, { actor: actorOf(ev.actor), action: ev.action, entity: 'enterprise_declaration', entityId: ev.enterpriseId, before: ev.before, after: ev.after, at: ev.at });
    }
    await recordAudit(trx, { actor: systemActor('seed-demo'), action: 'seed-demo', entity: 'enterprises', entityId: 'demo-enterprises', after: { seed: DEMO_ENTERPRISE_SEED, today, ...counts }, at });
    return { alreadySeeded: false, counts };
  });
}
