// Slot (H8 fills it): the map benchmark — bounding-box API with 100,000 points on SQLite and PostgreSQL (p50/p95),
// and in Chromium the time from navigation to the map drawn with 100,000 points, with and without clustering.
export async function runMapBench(_argv: readonly string[]): Promise<number> {
  return 0;
}
