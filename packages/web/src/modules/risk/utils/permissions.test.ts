import { describe, expect, it } from 'vitest';
import { canComment, canConfirm, canCreateAny, createRightsOf } from './permissions';

describe('risk point rights shown in the UI', () => {
  it('follows the contract: enterprise own points, admin both, department and territory public places, inspector none', () => {
    expect(createRightsOf('enterprise')).toEqual({ enterprisePoints: true, publicPlaces: false });
    expect(createRightsOf('district_admin')).toEqual({ enterprisePoints: true, publicPlaces: true });
    expect(createRightsOf('department')).toEqual({ enterprisePoints: false, publicPlaces: true });
    expect(createRightsOf('territory')).toEqual({ enterprisePoints: false, publicPlaces: true });
    expect(canCreateAny(createRightsOf('inspector'))).toBe(false);
    expect(canCreateAny(createRightsOf('agency'))).toBe(false);
  });
  it('lets the enterprise confirm posts and the regulators comment', () => {
    expect(canConfirm('enterprise')).toBe(true);
    expect(canConfirm('department')).toBe(false);
    expect(canComment('inspector')).toBe(true);
    expect(canComment('enterprise')).toBe(false);
  });
});
