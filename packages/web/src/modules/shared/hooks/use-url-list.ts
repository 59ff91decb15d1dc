// A list page whose filters and paging live in the URL: read them, load the page they name, and write changes back.
// A new filter keeps the page size and goes back to page 1; a new page size goes back to page 1 as well.
import { useSearchParams } from 'react-router';
import { useAsync, type AsyncState } from './use-async';

type Paged = { page: number; pageSize: number };

export function useUrlList<F extends object, T>(
  read: (params: URLSearchParams) => F & Paged,
  write: (f: F & Partial<Paged>) => URLSearchParams,
  load: (query: F & Paged, signal: AbortSignal) => Promise<T>,
): { query: F & Paged; filters: F; list: AsyncState<T>; setFilters: (f: F) => void; setPage: (page: number, size: number) => void } {
  const [params, setParams] = useSearchParams();
  const query = read(params);
  const list = useAsync((signal) => load(query, signal), [JSON.stringify(query)]);
  const { page: _page, pageSize, ...filters } = query;
  const update = (next: F & Partial<Paged>) => setParams(write(next));
  return {
    query,
    filters: filters as unknown as F,
    list,
    setFilters: (f) => update({ ...f, pageSize }),
    setPage: (page, size) => update({ ...(filters as unknown as F), page: size !== pageSize ? 1 : page, pageSize: size }),
  };
}
