import { describe, expect, it } from 'vitest';
import { fieldPath } from './place-errors';

describe('a refusal naming a field finds its form field', () => {
  it('splits array indexes', () => {
    expect(fieldPath('items[3].legalBasis')).toEqual(['items', 3, 'legalBasis']);
    expect(fieldPath('items.3.legalBasis')).toEqual(['items', 3, 'legalBasis']);
    expect(fieldPath('enterpriseId')).toEqual(['enterpriseId']);
  });
});
