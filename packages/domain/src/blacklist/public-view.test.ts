// publicView: each field of each kind, switched on and off, appears exactly when its flag is on; locked fields and fields
// the policy does not know never appear.
import { describe, expect, it } from 'vitest';
import { defaultPublicFields } from './public-fields.js';
import { isPublicField, publicView } from './public-view.js';
import type { PublicFieldPolicy } from './types.js';

const record = (kind: keyof PublicFieldPolicy) => Object.fromEntries(Object.keys(defaultPublicFields[kind]).map((k) => [k, `v-${k}`]));

describe('publicView', () => {
  for (const kind of ['blacklist', 'penalty'] as const) {
    for (const field of Object.keys(defaultPublicFields[kind])) {
      it(`${kind}.${field}: present only when public`, () => {
        const on = structuredClone(defaultPublicFields);
        on[kind][field]!.public = true;
        const off = structuredClone(defaultPublicFields);
        off[kind][field]!.public = false;
        const locked = defaultPublicFields[kind][field]!.locked === true;
        expect(field in publicView(on, kind, { id: 'x', ...record(kind) })).toBe(!locked);
        expect(field in publicView(off, kind, { id: 'x', ...record(kind) })).toBe(false);
      });
    }
  }
  it('keeps the identity keys and drops unknown fields', () => {
    const v = publicView(defaultPublicFields, 'blacklist', { id: 'e1', partyKind: 'person', secretNote: 'x', idNumber: '1' }, ['id', 'partyKind']);
    expect(v).toEqual({ id: 'e1', partyKind: 'person' });
  });
  it('never shows a locked field even when a saved policy says public', () => {
    const p = structuredClone(defaultPublicFields);
    p.blacklist.idNumber = { public: true, locked: true };
    expect(isPublicField(p, 'blacklist', 'idNumber')).toBe(false);
  });
});
