// The restriction list on both dialects: insert, list as domain entries, update, delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../test-db.js';
import type { Database } from '../database.js';
import {
  deleteRestriction, findRestriction, insertRestriction, listRestrictionEntries, listRestrictionRows, updateRestriction,
} from './restriction-list.repository.js';

let database: Database;
const at = '2026-01-01T00:00:00.000Z';

beforeAll(async () => { database = await createTestDb(); });
afterAll(async () => database.close());

describe('restriction list repository', () => {
  it('inserts, lists as entries, updates and deletes', async () => {
    const db = database.db;
    await insertRestriction(db, { id: 'r1', chemical_name: '硝酸铵', cas: '6484-52-2', level: 'restricted', note: '限制储量', created_at: at, updated_at: at, updated_by: 'u1' });
    await insertRestriction(db, { id: 'r2', chemical_name: '光气', cas: null, level: 'prohibited', note: null, created_at: at, updated_at: at, updated_by: null });
    await insertRestriction(db, { id: 'r3', chemical_name: '怪', cas: null, level: 'weird', note: null, created_at: at, updated_at: at, updated_by: null });
    expect(await listRestrictionRows(db)).toHaveLength(3);
    const entries = await listRestrictionEntries(db);
    // r3's level is not one the domain knows: left out rather than guessed.
    expect(entries.map((e) => e.id).sort()).toEqual(['r1', 'r2']);
    expect(entries.find((e) => e.id === 'r1')).toEqual({ id: 'r1', chemicalName: '硝酸铵', cas: '6484-52-2', level: 'restricted', note: '限制储量' });

    expect(await updateRestriction(db, 'r2', { chemical_name: '光气', cas: '75-44-5', level: 'controlled', note: 'n', updated_at: '2026-02-01T00:00:00.000Z', updated_by: 'u2' })).toBe(true);
    expect(await findRestriction(db, 'r2')).toMatchObject({ cas: '75-44-5', level: 'controlled', created_at: at, updated_by: 'u2' });
    expect(await updateRestriction(db, 'nope', { chemical_name: 'x', cas: null, level: 'controlled', note: null, updated_at: at, updated_by: null })).toBe(false);

    expect(await deleteRestriction(db, 'r3')).toBe(true);
    expect(await deleteRestriction(db, 'r3')).toBe(false);
    expect(await findRestriction(db, 'r3')).toBeUndefined();
  });
});
