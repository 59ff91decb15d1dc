// The one way the web app talks to the API: same-origin fetch with the session cookie, the CSRF token on every
// write, the user's language in Accept-Language, and the error body {error:{code,message,details}} turned into
// an ApiError whose message the server has already localised.
export type ApiErrorDetail = { row?: number; field?: string; code: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];
  constructor(status: number, code: string, message: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type ClientState = {
  csrfToken: string | null;
  locale: string;
  onUnauthorized: ((error: ApiError) => void) | null;
};

const state: ClientState = { csrfToken: null, locale: 'zh-CN', onUnauthorized: null };

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}
export function setApiLocale(locale: string): void {
  state.locale = locale;
}
/** Called once by the auth provider: what to do when the server says the session is gone. */
export function setUnauthorizedHandler(handler: ((error: ApiError) => void) | null): void {
  state.onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

type RequestOptions = { query?: Query; body?: unknown; signal?: AbortSignal; quiet401?: boolean };

async function toApiError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  let details: ApiErrorDetail[] = [];
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: ApiErrorDetail[] } };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = Array.isArray(body.error.details) ? body.error.details : [];
    }
  } catch {
    // not JSON (a proxy error page): keep the status text
  }
  return new ApiError(res.status, code, message, details);
}

export function apiHeaders(method: string, json: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': state.locale });
  if (json) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && method !== 'HEAD' && state.csrfToken) headers.set('x-csrf-token', state.csrfToken);
  return headers;
}

export async function apiRequest<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  const hasJson = opts.body !== undefined && !isForm;
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: apiHeaders(method, hasJson),
    body: isForm ? (opts.body as FormData) : hasJson ? JSON.stringify(opts.body) : null,
  };
  if (opts.signal) init.signal = opts.signal;
  const res = await fetch(withQuery(path, opts.query), init);
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !opts.quiet401) state.onUnauthorized?.(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, { body: body ?? {} }),
  del: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/**
 * Multipart upload with progress (fetch cannot report upload progress). Same headers and error mapping as
 * apiRequest.
 */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    apiHeaders('POST', false).forEach((value, key) => xhr.setRequestHeader(key, value));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', xhr.statusText || 'Network error'));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } });
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        return;
      }
      void toApiError(res).then((error) => {
        if (xhr.status === 401) state.onUnauthorized?.(error);
        reject(error);
      });
    };
    xhr.send(form);
  });
}
