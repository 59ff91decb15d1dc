import { describe, expect, it } from 'vitest';
import { restrictionFor, type RestrictionEntry } from './restriction.js';

const list: RestrictionEntry[] = [
  { id: 'r1', chemicalName: '硝酸铵', cas: '6484-52-2', level: 'restricted', note: null },
  { id: 'r2', chemicalName: '氯气', cas: null, level: 'controlled', note: '园区外禁止新建' },
  { id: 'r3', chemicalName: '液氯', cas: '7782-50-5', level: 'prohibited', note: null },
];

describe('restrictionFor', () => {
  it('matches by CAS whatever the name', () => {
    expect(restrictionFor(list, { name: '某品名', cas: '6484-52-2' })).toEqual({ level: 'restricted', entryId: 'r1', note: null });
  });
  it('matches names as typed (full-width brackets, qualified forms of an unqualified entry)', () => {
    expect(restrictionFor(list, { name: '硝酸铵（含可燃物>0.2%）' })?.entryId).toBe('r1');
    expect(restrictionFor(list, { name: ' 氯气 ' })?.level).toBe('controlled');
  });
  it('takes the most severe level when several entries match', () => {
    expect(restrictionFor(list, { name: '氯气', cas: '7782-50-5' })?.level).toBe('prohibited');
  });
  it('does not match another chemical', () => {
    expect(restrictionFor(list, { name: '甲醇', cas: '67-56-1' })).toBeNull();
  });
});
