import { describe, expect, it } from 'vitest';
import { enterpriseMayEdit, isOpenDeclaration, nextDeclarationStatus } from './declaration-state.js';

describe('declaration state machine', () => {
  it('draft → submitted → approved | returned → (edit) draft → submitted', () => {
    expect(nextDeclarationStatus('draft', 'submit')).toBe('submitted');
    expect(nextDeclarationStatus('submitted', 'approve')).toBe('approved');
    expect(nextDeclarationStatus('submitted', 'return')).toBe('returned');
    expect(nextDeclarationStatus('returned', 'edit')).toBe('draft');
    expect(nextDeclarationStatus('returned', 'submit')).toBe('submitted');
  });

  it('refuses what the workflow does not allow', () => {
    expect(nextDeclarationStatus('draft', 'approve')).toBeNull();
    expect(nextDeclarationStatus('approved', 'return')).toBeNull();
    expect(nextDeclarationStatus('approved', 'submit')).toBeNull();
    expect(nextDeclarationStatus('submitted', 'submit')).toBeNull();
    expect(nextDeclarationStatus('submitted', 'edit')).toBeNull();
  });

  it('an approved declaration keeps its approval when the record changes later', () => {
    expect(nextDeclarationStatus('approved', 'edit')).toBe('approved');
  });

  it('the enterprise cannot edit while submitted', () => {
    expect(enterpriseMayEdit('submitted')).toBe(false);
    for (const s of ['none', 'draft', 'approved', 'returned'] as const) expect(enterpriseMayEdit(s)).toBe(true);
    expect(isOpenDeclaration('returned')).toBe(true);
    expect(isOpenDeclaration('approved')).toBe(false);
  });
});
