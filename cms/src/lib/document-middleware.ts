import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** A Document Service middleware, typed loosely enough to read params across content types. */
export type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
export type DocumentContext = Parameters<DocumentMiddleware>[0];

/** The `data` a create or update carries, or undefined for other actions. */
export const writeData = (ctx: DocumentContext): Record<string, unknown> | undefined => {
  if (ctx.action !== 'create' && ctx.action !== 'update') return undefined;
  const params = ctx.params as { data?: Record<string, unknown> };
  return params.data;
};

/** A validation error about one field, as the dashboard shows it beside that field. */
export const fieldError = (field: string, message: string, value: unknown = null) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError', value }] });
