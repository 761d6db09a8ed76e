import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';
import { SIGNUP } from './opt-in';

/**
 * GET /newsletter/export.csv: the confirmed subscribers as CSV, for the people the newsletter
 * goes to. An admin API route: it needs an admin session (or admin token) whose role may read
 * newsletter signups in the content manager, and it honours that role's conditions and fields.
 */
export const EXPORT_PATH = '/newsletter/export.csv';
export const EXPORT_COLUMNS = ['email', 'firstName', 'confirmedAt', 'source', 'consentText', 'consentedAt'] as const;
const PAGE_SIZE = 500;

type Row = Partial<Record<(typeof EXPORT_COLUMNS)[number], unknown>>;

interface AdminState {
  userAbility?: unknown;
}

interface PermissionChecker {
  cannot: { read(): boolean };
  sanitizedQuery: { read(query: Record<string, unknown>): Promise<{ filters?: Record<string, unknown> }> };
  sanitizeOutput(row: Record<string, unknown>): Promise<Row>;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or return) as a formula. Every
 * text a reader wrote comes from the public, addresses included (`=1+2@example.org` is a valid
 * one), so such a cell is prefixed with an apostrophe (OWASP's advice). Dates are ours.
 */
export const neutraliseFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const cell = (column: (typeof EXPORT_COLUMNS)[number], value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return column === 'confirmedAt' || column === 'consentedAt' ? text : neutraliseFormula(text);
};

export const exportSubscribers = (strapi: Core.Strapi) => async (ctx: Parameters<Core.MiddlewareHandler>[0]) => {
  const { userAbility } = ctx.state as AdminState;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: SIGNUP }) as PermissionChecker;
  if (!userAbility || checker.cannot.read()) return ctx.forbidden('Your role cannot read newsletter signups, so it cannot export them.');

  // The role's conditions (if any), and confirmed signups only.
  const { filters: allowed } = await checker.sanitizedQuery.read({});
  const filters = { $and: [...(allowed ? [allowed] : []), { subscriptionStatus: 'confirmed' }] };

  async function* rows(): AsyncGenerator<Record<string, string>> {
    for (let start = 0; ; start += PAGE_SIZE) {
      const page = (await strapi.documents(SIGNUP).findMany({
        filters,
        fields: [...EXPORT_COLUMNS],
        sort: ['confirmedAt:asc', 'id:asc'],
        start,
        limit: PAGE_SIZE,
      } as never)) as Record<string, unknown>[];
      for (const row of page) {
        const visible = await checker.sanitizeOutput(row);
        yield Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, cell(column, visible[column])]));
      }
      if (page.length < PAGE_SIZE) return;
    }
  }

  const date = new Date().toISOString().slice(0, 10);
  ctx.set('content-type', 'text/csv; charset=utf-8');
  ctx.set('content-disposition', `attachment; filename="newsletter-subscribers-${date}.csv"`);
  ctx.set('cache-control', 'no-store');
  // A byte-order mark, so spreadsheet programs read the names as UTF-8.
  ctx.body = Readable.from(rows()).pipe(stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: true, record_delimiter: 'windows' }));
};

/** Registers the export as an admin API route. */
export const registerExportRoute = (strapi: Core.Strapi): void => {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: EXPORT_PATH,
        handler: exportSubscribers(strapi),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'newsletter-signup' },
      },
    ],
  });
};
