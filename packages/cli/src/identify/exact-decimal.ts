// The numbers of `hazgov identify --json` as strings holding the exact value: the decimal when it terminates
// ("0.7", "3.975"), else the fraction ("10/3") — never a rounded double, so a script can tell S = 1 from 0.9999….
import type { TraceNumber } from '@hazgov/domain/major-hazards/identification-trace';
import { formatRational, rational } from '@hazgov/domain/major-hazards/rational';

/** Places after the point that den needs, or null when 1/den does not terminate (a prime other than 2 and 5). */
function placesFor(den: bigint): number | null {
  let d = den;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  return d === 1n ? Math.max(twos, fives) : null;
}

export function exactDecimal(n: TraceNumber): string {
  const [num = '0', den = '1'] = n.exact.split('/');
  const value = rational(BigInt(num), BigInt(den));
  const places = placesFor(value.den);
  return places === null ? n.exact : formatRational(value, places);
}

export const exactOrNull = (n: TraceNumber | null | undefined): string | null => (n ? exactDecimal(n) : null);
