import { describe, expect, it } from 'vitest';
import { chemicalListInfo } from './chemical-flags.js';
import { referenceLists } from './reference-lists.js';

describe('referenceLists', () => {
  it('says the highly toxic list is partial (6 of 148 in data/standards/highly-toxic.json)', () => {
    const list = referenceLists.find((l) => l.key === 'highlyToxic');
    expect(list).toMatchObject({ complete: false, entryCount: 6, officialCount: 148 });
    expect(list?.note).toContain('不完整');
  });
  it('agrees with the flags on which control lists are complete', () => {
    for (const key of ['highlyToxic', 'keySupervised', 'explosivePrecursor', 'drugPrecursor', 'speciallyControlled'] as const) {
      expect(referenceLists.find((l) => l.key === key)?.complete).toBe(chemicalListInfo(key).complete);
    }
  });
});
