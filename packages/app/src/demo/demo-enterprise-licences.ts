// Licences of a demo enterprise, numbered the way the issuing bodies number them, valid three years. Expiries are
// spread around `today` (the seeding clock's date) so the list shows every state: about 6 % expired, 8 % expiring
// within 30 days, 12 % within 31–90 days, the rest later. A flagship fixes its own days to expiry.
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import { addDays, addYears } from './demo-enterprise-names.js';
import type { LicenceKind, Profile } from './demo-enterprise-profiles.js';
import type { Rng } from './prng.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function numberOf(rng: Rng, kind: LicenceKind, year: string): { number: string; issuer: string } {
  switch (kind) {
    case 'safety_production': return { number: `（粤）WH安许证字〔${year}〕${pad(rng.int(1, 1999), 4)}`, issuer: '广东省应急管理厅' };
    case 'hazchem_trade': return { number: `穗从应急经字〔${year}〕${pad(rng.int(1, 999), 6)}`, issuer: '广州市从化区应急管理局' };
    case 'safe_use': return { number: `（粤）穗危化使字〔${year}〕${pad(rng.int(1, 299), 4)}`, issuer: '广州市应急管理局' };
    case 'registration': return { number: `4401${pad(rng.int(1, 99999), 5)}`, issuer: '应急管理部化学品登记中心' };
    default: return { number: `粤${year}0117${pad(rng.int(1, 9999), 4)}`, issuer: '广州市从化区住房和城乡建设局' };
  }
}

function daysToExpiry(rng: Rng): number {
  const r = rng.next();
  if (r < 0.06) return -rng.int(1, 400);
  if (r < 0.14) return rng.int(0, 30);
  if (r < 0.26) return rng.int(31, 90);
  return rng.int(91, 1000);
}

export function buildLicences(
  rng: Rng,
  a: { enterpriseId: string; path: string; profile: Profile; today: string; at: string; days?: readonly number[] | undefined },
): Insertable<DB['enterprise_licences']>[] {
  return a.profile.licences.map((kind, i) => {
    const expiresOn = addDays(a.today, a.days?.[i] ?? daysToExpiry(rng));
    const issuedOn = addDays(addYears(expiresOn, -3), 1);
    const { number, issuer } = numberOf(rng, kind, issuedOn.slice(0, 4));
    const scope = kind === 'registration' ? '危险化学品登记' : kind === 'other' ? '燃气经营（瓶装液化石油气）' : a.profile.scope;
    return { id: `${a.enterpriseId}-licence-${i + 1}`, enterprise_id: a.enterpriseId, path: a.path, kind, number, scope, issuer, issued_on: issuedOn, expires_on: expiresOn, created_at: a.at };
  });
}
