import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { AppError } from './errors';

/** Codes that describe the request itself (parse, validation, bad arguments) and pass through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Flattens class-validator errors into `{ "a.b.0.c": "message" }`. */
function fieldMessages(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (first) {
      out[path] = first;
    }
    Object.assign(out, fieldMessages(e.children ?? [], path));
  }
  return out;
}

const COERCION = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;
const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * graphql-js reports a variable it cannot coerce in English (`Variable "$input" got invalid value "x" at
 * "input.startDate"; …`). Turn it into a Chinese message on the field's path (without the variable name).
 */
export function coercionFields(message: string): { message: string; fields: Record<string, string> } | null {
  const m = COERCION.exec(message);
  if (!m) {
    return null;
  }
  const [, variable, at, reason] = m;
  const path = at ? at.split('.').slice(1).join('.') || at : variable;
  const text = HAS_CHINESE.test(reason) ? reason : /required|null/i.test(reason) ? '此项必填' : '取值无效';
  return { message: `输入有误：${text}`, fields: { [path || variable]: text } };
}

/** The SQLSTATE of a database error anywhere in the cause chain (drizzle wraps the driver's error). */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return code;
    }
  }
  return undefined;
}

/**
 * The one place errors become GraphQL errors: domain errors keep their code and Chinese message, input
 * validation lists its fields, and anything unexpected is logged and masked (no stack, no SQL).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = fieldMessages(original.extensions.validationErrors);
    return { ...base, message: Object.values(fields)[0] ?? '输入有误', extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  const state = sqlStateOf(original);
  if (state === '23505') {
    return { ...base, message: '数据已存在或刚被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } };
  }
  const code = formatted.extensions?.code;
  const coerced = code === 'BAD_USER_INPUT' ? coercionFields(formatted.message) : null;
  if (coerced) {
    return { ...base, message: coerced.message, extensions: { code, fields: coerced.fields } };
  }
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  console.error('[graphql] unexpected error', error);
  return { message: '服务器内部错误，请稍后再试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
