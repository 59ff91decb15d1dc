// Domain error codes: thrown by domain and app code, mapped to HTTP status and user messages in ONE place
// (api/src/shared/error-mapping.ts), so the CLI and the API speak the same codes.
export const errorKinds = ['input', 'auth', 'forbidden', 'not_found', 'conflict', 'locked', 'too_large', 'unsupported', 'rate', 'internal'] as const;
export type ErrorKind = (typeof errorKinds)[number];

export type ErrorDetail = { row?: number; field?: string; code: string; params?: Record<string, string | number> };

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly params: Record<string, string | number>;
  readonly details: ErrorDetail[];
  constructor(code: string, kind: ErrorKind, params: Record<string, string | number> = {}, details: ErrorDetail[] = []) {
    super(code);
    this.code = code;
    this.kind = kind;
    this.params = params;
    this.details = details;
  }
}

export const notFound = (entity: string): AppError => new AppError('NOT_FOUND', 'not_found', { entity });
export const forbidden = (): AppError => new AppError('FORBIDDEN', 'forbidden');
export const invalid = (code: string, details: ErrorDetail[] = [], params: Record<string, string | number> = {}): AppError =>
  new AppError(code, 'input', params, details);
