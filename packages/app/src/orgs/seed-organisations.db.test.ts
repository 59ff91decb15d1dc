import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '@hazgov/db/test-db';
import type { Database } from '@hazgov/db/database';
import type { AppContext } from '../shared/context.js';
import { verifyAuditChain } from '../audit/audit-chain.js';
import { organisationNodes, seedOrganisations } from './seed-organisations.js';
import { readOrganisationSeed } from './read-organisation-seed.js';
import { organisationFixture } from './organisation-fixture.js';

let database: Database;
let ctx: AppContext;
beforeEach(async () => {
  database = await createTestDb();
  ctx = { database, now: () => new Date('2026-03-02T00:00:00Z') };
});
afterEach(async () => database.close());

const auditCount = async () => Number((await database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('organisationNodes', () => {
  it('builds ids and materialised paths from the Conghua directory', () => {
    const nodes = organisationNodes(readOrganisationSeed());
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    expect(byKey.get('conghua')).toMatchObject({ id: '440117', path: '/440117/', parent_id: null, kind: 'district' });
    expect(byKey.get('safety-committee-office')).toMatchObject({ id: 'org-safety-committee-office', path: '/440117/org-safety-committee/org-safety-committee-office/' });
    expect(byKey.get('police')).toMatchObject({ id: 'org-police', kind: 'department', path: '/440117/org-police/' });
    expect(byKey.get('wenquan-town')).toMatchObject({ id: '440117103', path: '/440117/440117103/' });
    expect(byKey.get('park-committee')).toMatchObject({ id: 'park-committee', path: '/440117/park-committee/' }); // no statistical code
    expect(byKey.get('wenquan-town-grid-2')).toMatchObject({ id: '440117103-g2', kind: 'grid', path: '/440117/440117103/440117103-g2/' });
    expect(nodes.filter((n) => n.kind === 'territory')).toHaveLength(11);
    // parents come before children, so inserting in order satisfies the foreign key
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parent_id) expect(seen.has(n.parent_id)).toBe(true);
      seen.add(n.id);
    }
  });
  it('refuses an unknown parent or kind', () => {
    expect(() => organisationNodes({ organisations: [{ key: 'a', kind: 'district', name: 'A', parentKey: 'zz' }] })).toThrow('ORGANISATION_SEED_PARENT');
    expect(() => organisationNodes({ organisations: [{ key: 'a', kind: 'planet', name: 'A', parentKey: null }] })).toThrow('ORGANISATION_SEED_KIND');
  });
});

describe('seedOrganisations', () => {
  it('is idempotent and audits each organisation it creates or changes', async () => {
    const first = await seedOrganisations(ctx, organisationFixture);
    expect(first).toMatchObject({ created: organisationFixture.organisations.length, updated: 0, unchanged: 0 });
    expect(await auditCount()).toBe(organisationFixture.organisations.length);
    const again = await seedOrganisations(ctx, organisationFixture);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: organisationFixture.organisations.length });
    expect(await auditCount()).toBe(organisationFixture.organisations.length);

    const renamed = { organisations: organisationFixture.organisations.map((o) => (o.key === 'police' ? { ...o, name: '区公安分局（改）' } : o)) };
    expect(await seedOrganisations(ctx, renamed)).toMatchObject({ updated: 1 });
    const audit = await database.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'organisation.update', entity_id: 'org-police' });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('seeds the whole Conghua directory', async () => {
    const r = await seedOrganisations(ctx, readOrganisationSeed());
    expect(r.created).toBeGreaterThan(60);
    expect(r.ids['liangkou-town']).toBe('440117104');
  });
});
