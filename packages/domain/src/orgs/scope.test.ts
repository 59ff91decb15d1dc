import { describe, expect, it } from 'vitest';
import { childPath, inScope, scopeOf, type Actor } from './scope.js';

const town = childPath(childPath('/', '440117'), '440117100');
const otherTown = childPath(childPath('/', '440117'), '440117101');
const grid = childPath(town, 'grid-1');

const actor = (role: Actor['role'], organisationPath: string): Actor => ({
  userId: 'u', username: 'u', displayName: 'u', role, organisationId: 'o', organisationPath,
});

describe('scopeOf / inScope', () => {
  it('a territory user sees its own town and its grid cells, never a neighbour town', () => {
    const s = scopeOf(actor('territory', town));
    expect(inScope(s, town)).toBe(true);
    expect(inScope(s, grid)).toBe(true);
    expect(inScope(s, otherTown)).toBe(false);
  });
  it('path prefixes end with a slash so 4401171 is not inside 440117', () => {
    const s = scopeOf(actor('department', '/440117/44011/'));
    expect(inScope(s, '/440117/440117/')).toBe(false);
  });
  it('a district admin sees everything', () => {
    expect(inScope(scopeOf(actor('district_admin', '/440117/')), otherTown)).toBe(true);
  });
});
