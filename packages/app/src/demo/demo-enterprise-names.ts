// Invented names, credit codes, telephone numbers and places for the demo (and benchmark) enterprises. Credit codes
// are built the way GB 32100 builds them — 91 (工商·企业) + a division code + a GB 11714 organisation code with its
// own check character — and end with the GB 32100 check character computed by the domain (usccCheckCharacter), so
// every one passes parseUscc. Division codes are 440117 (从化区) and 440184 (从化市, before 2014) as older
// registrations carry; the organisation codes are drawn at random (or from a counter, for 100,000 unique ones).
import partsData from '../../../../data/demo/conghua-enterprises.json';
import { usccCheckCharacter } from '@hazgov/domain/enterprises/uscc';
import type { Rng } from './prng.js';
import type { Mix, NameStyle } from './demo-enterprise-profiles.js';

export type TerritoryPlaceData = {
  key: string; short: string; count: number; mix: Mix; centre: [number, number]; spreadDeg: number; roads: string[]; park?: string;
};
export const demoPlaces = partsData as unknown as {
  districtBox: { minLng: number; maxLng: number; minLat: number; maxLat: number };
  territories: TerritoryPlaceData[];
  brandFirst: string[]; brandSecond: string[]; surnames: string[]; givenNames: string[];
};

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // GB 32100: no I, O, S, V, Z
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organisation code body. */
function organisationCheck(body: string): string {
  let total = 0;
  for (let i = 0; i < 8; i += 1) total += Number.parseInt(body.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (total % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A credit code: new-style 'MA5…' organisation codes (since 2015) or older all-digit ones. With `counter`, the
 * body encodes the counter, so codes never repeat however many are made (the benchmark's 100,000).
 */
export function demoUscc(rng: Rng, counter?: number): string {
  const division = rng.chance(0.75) ? '440117' : '440184';
  let body: string;
  if (counter !== undefined) {
    let n = counter;
    let tail = '';
    for (let i = 0; i < 5; i += 1) { tail = ALPHABET.charAt(n % 31) + tail; n = Math.floor(n / 31); }
    body = `MA${ALPHABET.charAt(10 + (n % 21))}${tail}`; // 21 × 31⁵ ≈ 600 million distinct codes
  } else if (rng.chance(0.6)) {
    body = `MA5${Array.from({ length: 5 }, () => rng.pick([...ALPHABET])).join('')}`;
  } else {
    body = Array.from({ length: 8 }, () => String(rng.int(0, 9))).join('');
  }
  const first17 = `91${division}${body}${organisationCheck(body)}`;
  return first17 + usccCheckCharacter(first17);
}

export const personName = (rng: Rng): string => `${rng.pick(demoPlaces.surnames)}${rng.pick(demoPlaces.givenNames)}`;

/** 从化 landline numbers (020-87xx xxxx), invented. */
export const demoPhone = (rng: Rng): string => `020-87${rng.int(90, 99)}${String(rng.int(0, 9999)).padStart(4, '0')}`;

export const brandOf = (rng: Rng): string => {
  const a = rng.pick(demoPlaces.brandFirst);
  let b = rng.pick(demoPlaces.brandSecond);
  if (b === a) b = rng.pick(demoPlaces.brandSecond);
  return `${a}${b}`;
};

export function enterpriseName(rng: Rng, style: NameStyle, words: readonly string[], place: { short: string; roads: readonly string[] }, suffix: string): string {
  const brand = brandOf(rng);
  switch (style) {
    case 'station': return `广州${brand}石油有限公司从化${place.short}${rng.pick(place.roads).replace(/(大道|路)$/, '')}加油站${suffix}`;
    case 'water': return `广州从化${brand}水务有限公司${place.short}${rng.chance(0.5) ? '水厂' : '污水处理厂'}${suffix}`;
    case 'lpg': return `广州${brand}燃气有限公司${place.short}液化石油气储配站${suffix}`;
    default: {
      const lead = rng.chance(0.3) ? `广州市从化区${brand}` : rng.chance(0.5) ? `广州${brand}` : `广州${place.short}${brand}`;
      return `${lead}${rng.pick(words)}${rng.chance(0.1) ? '股份' : ''}有限公司${suffix}`;
    }
  }
}

export const streetAddress = (rng: Rng, territoryName: string, roads: readonly string[]): string =>
  `广州市从化区${territoryName}${rng.pick(roads)}${rng.int(1, 399)}号`;

/** A point about `spread` degrees around a centre (normal scatter, capped at 2.5 σ), kept inside the district box. */
export function scatter(rng: Rng, centre: readonly [number, number], spread: number): { lng: number; lat: number } {
  const gauss = (): number => {
    const u = 1 - rng.next();
    const v = rng.next();
    return Math.max(-2.5, Math.min(2.5, Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)));
  };
  const box = demoPlaces.districtBox;
  const lng = Math.min(box.maxLng, Math.max(box.minLng, centre[0] + gauss() * spread));
  const lat = Math.min(box.maxLat, Math.max(box.minLat, centre[1] + gauss() * spread));
  return { lng: Math.round(lng * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 };
}

/** count × size written as an exact decimal ("0.158" × 37 = "5.846"). */
export function times(size: string, count: number): string {
  const [int = '0', frac = ''] = size.split('.');
  const digits = (BigInt(int + frac) * BigInt(count)).toString().padStart(frac.length + 1, '0');
  if (frac.length === 0) return digits;
  const whole = digits.slice(0, digits.length - frac.length);
  const rest = digits.slice(digits.length - frac.length).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC: dates only, no clock). */
export const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const addYears = (date: string, n: number): string => `${Number(date.slice(0, 4)) + n}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
/** The date in China (UTC+8) of an instant. */
export const chinaDate = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
