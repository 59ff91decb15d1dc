// List pages sort and page the narrow id column first, then fetch that page's rows with their joined names by id; the
// second query returns them in no set order, so they are put back in the page's order here (a row deleted between the
// two queries is left out).
export function inIdOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
}
