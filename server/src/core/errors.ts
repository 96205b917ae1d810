/** Error codes of API.md. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A domain error thrown by services; the GraphQL formatter turns it into `extensions.code`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = '没有权限执行此操作') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const conflict = (what: string) => new AppError('CONFLICT', `${what}已被他人修改，请刷新后查看最新内容再保存`);
export const invalidTransition = (message: string) => new AppError('INVALID_TRANSITION', message);
export const rateLimited = (message: string) => new AppError('RATE_LIMITED', message);

/** BAD_USER_INPUT with per-field Chinese messages. */
export function badInput(fields: Record<string, string>, message?: string): AppError {
  return new AppError('BAD_USER_INPUT', message ?? Object.values(fields)[0] ?? '输入有误', fields);
}

/** Collects field problems and throws them together. */
export class FieldErrors {
  private readonly fields: Record<string, string> = {};

  add(field: string, message: string): this {
    if (!(field in this.fields)) {
      this.fields[field] = message;
    }
    return this;
  }

  check(ok: boolean, field: string, message: string): this {
    return ok ? this : this.add(field, message);
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) {
      throw badInput(this.fields);
    }
  }
}
