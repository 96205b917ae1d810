import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDay } from './dates';

/** `Date`: a calendar day, YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期，格式 YYYY-MM-DD',
  serialize(value) {
    if (typeof value !== 'string' || !isValidDay(value)) {
      throw new GraphQLError('无效的日期值');
    }
    return value;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isValidDay(value)) {
      throw new GraphQLError('日期格式应为 YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isValidDay(ast.value)) {
      throw new GraphQLError('日期格式应为 YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return ast.value;
  },
});

/** `DateTime`: an instant, ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: '时间，ISO 8601 格式（UTC）',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) {
      throw new GraphQLError('无效的时间值');
    }
    return d.toISOString();
  },
  parseValue(value) {
    const d = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(d.getTime())) {
      throw new GraphQLError('时间格式应为 ISO 8601', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return d;
  },
  parseLiteral(ast) {
    const d = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) {
      throw new GraphQLError('时间格式应为 ISO 8601', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return d;
  },
});
