import type { IncomingMessage, ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import { coerceInputValue, isInputType, type GraphQLError } from 'graphql';
import type { Database } from '@flagship/drizzle';
import type { Config } from '../../config';
import { refreshLoaders } from '../../core/context';
import { AppError } from '../../core/errors';
import { contextFor } from '../../http/graphql-handler';
import { sendError } from '../../http/respond';
import { flagshipSchema } from '../../schema';
import { EXPORT_LISTS, type Cell } from './export-lists';

const BATCH = 100;
const HAS_CHINESE = /[\u4e00-\u9fff]/;
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/** A CSV cell: quoted when needed, and never starting a spreadsheet formula (CSV injection). */
export function csvCell(value: Cell): string {
  if (value === null) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface RowWriter {
  row(values: Cell[]): Promise<void>;
  end(): Promise<void>;
}

function write(res: ServerResponse, chunk: string): Promise<void> {
  return res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', resolve));
}

function csvWriter(res: ServerResponse): RowWriter {
  res.write('\uFEFF'); // BOM, so Excel reads the Chinese as UTF-8
  return {
    row: (values) => write(res, values.map(csvCell).join(',') + '\r\n'),
    end: async () => void res.end(),
  };
}

function xlsxWriter(res: ServerResponse, title: string): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title);
  return {
    row: async (values) => sheet.addRow(values).commit(),
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

function parseJson(raw: string): unknown {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value;
    }
  } catch {
    // answered below
  }
  throw new AppError('BAD_USER_INPUT', '筛选条件格式不正确');
}

/**
 * The `filter` parameter checked and coerced exactly as GraphQL checks the list query's filter variable (enum
 * values, ids, numbers, dates), so an export never gets a value its query would have refused.
 */
async function parseFilter(url: URL, typeName: string): Promise<unknown> {
  const raw = url.searchParams.get('filter');
  if (!raw) {
    return undefined;
  }
  const value = parseJson(raw);
  const type = (await flagshipSchema()).getType(typeName);
  if (!type || !isInputType(type)) {
    throw new Error(`export filter type ${typeName} is not an input type`);
  }
  const fields: Record<string, string> = {};
  const coerced: unknown = coerceInputValue(value, type, (path, _invalid, error: GraphQLError) => {
    fields[path.join('.') || 'filter'] = HAS_CHINESE.test(error.message) ? error.message : '取值无效';
  });
  const first = Object.keys(fields)[0];
  if (first) {
    throw new AppError('BAD_USER_INPUT', `筛选条件“${first}”${fields[first]}`, fields);
  }
  return coerced;
}

/**
 * `GET /exports/<list>.csv|xlsx?filter=<JSON of the list's GraphQL filter>`: the list with the viewer's rights
 * and the current filters, streamed in batches of 100 rows (never built whole in memory).
 */
export async function handleExport(
  req: IncomingMessage,
  res: ServerResponse,
  db: Database,
  config: Config,
  name: string,
): Promise<void> {
  const m = /^([a-z]+)\.(csv|xlsx)$/.exec(name);
  const list = m ? EXPORT_LISTS[m[1]] : undefined;
  if (!m || !list) {
    sendError(res, 404, 'NOT_FOUND', '没有这个导出');
    return;
  }
  const ctx = await contextFor(req, res, db, config);
  let pages: AsyncGenerator<Cell[][]>;
  let first: IteratorResult<Cell[][]>;
  try {
    const filter = await parseFilter(new URL(req.url ?? '/', 'http://localhost'), list.filterType);
    pages = list.pages(ctx, filter, BATCH);
    first = await pages.next();
  } catch (error) {
    if (error instanceof AppError) {
      sendError(res, STATUS[error.code] ?? 400, error.code, error.message);
      return;
    }
    throw error;
  }
  const format = m[2];
  const filename = `${list.title}-${ctx.today}.${format}`;
  res.setHeader(
    'content-type',
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('cache-control', 'no-store');
  const writer = format === 'csv' ? csvWriter(res) : xlsxWriter(res, list.title);
  await writer.row(list.headers);
  for (let page = first; !page.done; page = await pages.next()) {
    for (const row of page.value) {
      await writer.row(row);
    }
    refreshLoaders(ctx);
  }
  await writer.end();
}
