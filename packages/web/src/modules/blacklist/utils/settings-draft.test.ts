import { describe, expect, it } from 'vitest';
import { nextCriterionKey, serverFieldOf } from './settings-draft';

const c = (key: string) => ({ key, text: '', basis: '', verified: false, durationMonths: 12 });

describe('blacklist settings helpers', () => {
  it('numbers a new criterion after the highest (the data file has bl01…bl09)', () => {
    expect(nextCriterionKey(['bl01', 'bl09', 'bl03'].map(c))).toBe('bl10');
    expect(nextCriterionKey([])).toBe('bl01');
    expect(nextCriterionKey(['x', 'bl2'].map(c))).toBe('bl03');
  });
  it('reads the server field of a row in either notation', () => {
    expect(serverFieldOf('blacklistCriteria[2].text')).toBe('blacklistCriteria.2.text');
    expect(serverFieldOf('body.blacklistCriteria.0.durationMonths')).toBe('blacklistCriteria.0.durationMonths');
  });
});
