// argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): about 20 ms a hash on a small server, so a
// sign-in stays fast while an offline guess costs the attacker the same memory per try.
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (a const enum, which isolatedModules cannot inline)
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, never a 500 that reveals the account exists
  }
}

// Verifying against this when the username is unknown keeps the response time the same as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('hazgov-no-such-user-0');
  await verifyPassword(await dummyHash, password);
}
