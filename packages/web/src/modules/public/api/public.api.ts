// The public portal's feeds (no login, no cookie needed: /public/*.json sit outside /api). The page shows exactly
// what these answer — a field the district switched off is absent from the JSON, so it is absent from the page too.
import { currentLocale } from '../../../i18n/i18n';

export type PublicRecord = { id: string; [field: string]: unknown };
export type PublicList = { generatedAt: string; items: PublicRecord[] };
export type RiskNotices = { generatedAt?: string; areas: { name: string; level: string | null; supervisionMonths: number | null }[]; counts: Record<'red' | 'orange' | 'yellow' | 'blue', number> };
export type PublicDraw = { id?: string; [field: string]: unknown };
export type PublicDraws = { generatedAt?: string; items: PublicDraw[] };

export class PublicFeedError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { credentials: 'omit', headers: { Accept: 'application/json', 'Accept-Language': currentLocale() }, ...(signal ? { signal } : {}) });
  if (!res.ok) {
    let message = res.statusText || `HTTP ${res.status}`;
    try { message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message; } catch { /* not JSON */ }
    throw new PublicFeedError(res.status, message);
  }
  // A server without the feed answers the web app's index.html: say the feed is missing, not "bad JSON".
  if (!(res.headers.get('content-type') ?? '').includes('json')) throw new PublicFeedError(404, `${path}: HTTP 404`);
  return (await res.json()) as T;
}

export const publicFeeds = {
  blacklistJson: '/public/blacklist.json',
  blacklistRss: '/public/blacklist.rss',
  penaltiesJson: '/public/penalties.json',
  penaltiesRss: '/public/penalties.rss',
  riskNoticesJson: '/public/risk-notices.json',
  drawsJson: '/public/draws.json',
};

export const publicApi = {
  blacklist: (signal?: AbortSignal) => getJson<PublicList>(publicFeeds.blacklistJson, signal),
  penalties: (signal?: AbortSignal) => getJson<PublicList>(publicFeeds.penaltiesJson, signal),
  riskNotices: (signal?: AbortSignal) => getJson<RiskNotices>(publicFeeds.riskNoticesJson, signal),
  draws: (signal?: AbortSignal) => getJson<PublicDraws>(publicFeeds.drawsJson, signal),
};
