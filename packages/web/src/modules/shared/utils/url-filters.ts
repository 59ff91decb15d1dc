// The pieces every list page uses to keep its filters in the URL (?status=…&page=…&pageSize=…): a value only if the
// vocabulary knows it, and paging with the same defaults everywhere (page 1, 20 a page, 10–100) so the defaults stay
// out of the URL. Pure.

/** The value if it is one of `list`, else undefined (a hand-edited or stale URL is ignored, not sent to the server). */
export const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

export const DEFAULT_PAGE_SIZE = 20;

/** ?page= (at least 1) and ?pageSize= (10–100, default 20). */
export function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  return {
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(100, Math.max(10, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE)),
  };
}

/** Paging back into `p`, the defaults (page 1, 20 a page) left out. */
export function writePaging(p: URLSearchParams, f: { page?: number; pageSize?: number }): URLSearchParams {
  if (f.page && f.page > 1) p.set('page', String(f.page));
  if (f.pageSize && f.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(f.pageSize));
  return p;
}
