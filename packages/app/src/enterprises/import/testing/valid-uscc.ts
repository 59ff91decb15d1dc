// Credit codes that pass GB 32100 for generated test and benchmark data: 91 (enterprise) + 440117 (从化区) + MA +
// seven digits of n, then the computed check character.
import { usccCheckCharacter } from '@hazgov/domain/enterprises/uscc';

export function validUsccOf(n: number): string {
  const first17 = `91440117MA${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** The same code with a wrong check character (the next one in the alphabet). */
export function wrongCheckUscc(n: number): string {
  const good = validUsccOf(n);
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const next = alphabet[(alphabet.indexOf(good.charAt(17)) + 1) % alphabet.length] ?? '0';
  return good.slice(0, 17) + next;
}
