// THE one place errors become HTTP answers: domain codes (AppError) to status, schema validation to field
// details, framework errors to our codes, anything else to a logged 500 that shows the client no internals.
// The CLI uses describeError() from here too, so both edges speak the same messages.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorDetail, type ErrorKind } from '@hazgov/domain/shared/app-error';
import { hasMessage, translate } from './messages.js';
import { locales, type Locale } from './request.js';

export const statusOfKind: Record<ErrorKind, number> = {
  input: 400, auth: 401, forbidden: 403, not_found: 404, conflict: 409, locked: 423,
  too_large: 413, unsupported: 415, rate: 429, internal: 500,
};

export const errorDetailSchema = z.object({
  row: z.number().optional(), field: z.string().optional(), code: z.string(), message: z.string(),
});
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(errorDetailSchema).optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Added to every route's response schema so the OpenAPI document shows the error shape. */
export const errorResponses = { '4xx': errorBodySchema, '5xx': errorBodySchema } as const;

export type MappedError = { status: number; body: ErrorBody; internal: boolean };

export function mapError(err: unknown, locale: Locale): MappedError {
  if (err instanceof AppError) {
    const status = statusOfKind[err.kind];
    return { status, body: body(err.code, locale, err.params, err.details, err.kind), internal: err.kind === 'internal' };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = (err as FastifyError).validationContext;
    const details = err.validation.map((v) => validationDetail(v.instancePath, v.keyword, v.params as Record<string, unknown>, v.message, context));
    return { status: 400, body: body('VALIDATION_FAILED', locale, {}, details), internal: false };
  }
  const fe = err as Partial<FastifyError> | undefined;
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = frameworkCode(fe?.code, status);
    const params: Record<string, string | number> = code === 'FILE_TOO_LARGE' ? { limit: '5 MB' } : {};
    return { status, body: body(code, locale, params, []), internal: false };
  }
  return { status: 500, body: body('INTERNAL', locale, {}, []), internal: true };
}

function frameworkCode(code: string | undefined, status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return 'FILE_TOO_LARGE';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return 'INVALID_JSON';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  return 'BAD_REQUEST';
}

function body(code: string, locale: Locale, params: Record<string, string | number>, details: readonly ErrorDetail[], kind?: string): ErrorBody {
  const error: ErrorBody['error'] = { code, message: translate(code, locale, params, kind) };
  if (details.length > 0) {
    error.details = details.map((d) => ({
      ...(d.row === undefined ? {} : { row: d.row }),
      ...(d.field === undefined ? {} : { field: d.field }),
      code: d.code,
      // a detail code missing from every table reads as its error's message, never as "internal error"
      message: hasMessage(d.code) ? translate(d.code, locale, { ...d.params }) : error.message,
    }));
  }
  return { error };
}

function validationDetail(instancePath: string, keyword: string, params: Record<string, unknown>, message: string | undefined, context: string | undefined): ErrorDetail {
  const field = instancePath.replace(/^\//, '').replace(/\//g, '.') || context || '';
  const origin = typeof params.origin === 'string' ? params.origin : undefined;
  let code = `VALIDATION.${keyword}`;
  // zod reports a missing field as invalid_type; only its message tells 'missing' from 'wrong type'.
  if (keyword === 'invalid_type' && /received undefined$/.test(message ?? '')) code = 'VALIDATION.required';
  else if (origin && hasMessage(`${code}.${origin}`)) code = `${code}.${origin}`;
  if (!hasMessage(code)) code = 'VALIDATION.custom';
  const out: Record<string, string | number> = {};
  for (const key of ['expected', 'minimum', 'maximum', 'format', 'divisor'] as const) {
    const v = params[key];
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
    else if (typeof v === 'bigint') out[key] = Number(v);
  }
  if (Array.isArray(params.values)) out.values = params.values.map(String).join(', ');
  if (Array.isArray(params.keys)) out.keys = params.keys.map(String).join(', ');
  return { field, code, params: out };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const locale = (locales as readonly string[]).includes(request.locale) ? request.locale : 'zh-CN';
    const mapped = mapError(err, locale);
    if (mapped.internal) request.log.error({ err }, 'unhandled error');
    else if (mapped.status >= 400) request.log.info({ code: mapped.body.error.code, status: mapped.status }, 'request refused');
    return reply.status(mapped.status).type('application/json; charset=utf-8').send(JSON.stringify(mapped.body));
  });
}

/** For the CLI and logs: the localised one-line message of any error. */
export function describeError(err: unknown, locale: Locale = 'zh-CN'): string {
  const mapped = mapError(err, locale);
  const details = mapped.body.error.details?.map((d) => `  - ${d.field ? `${d.field}: ` : ''}${d.message}`) ?? [];
  return [`${mapped.body.error.message} [${mapped.body.error.code}]`, ...details].join('\n');
}
