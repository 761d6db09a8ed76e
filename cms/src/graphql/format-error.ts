import { unwrapResolverError } from '@apollo/server/errors';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

const { ApplicationError, ForbiddenError, HttpError, UnauthorizedError, ValidationError } = errors;

export const INTERNAL_ERROR_MESSAGE = 'Internal Server Error';

/** `PayloadTooLargeError` → `STRAPI_PAYLOAD_TOO_LARGE_ERROR`, as plugin-graphql names them. */
const strapiCode = (name: string) => `STRAPI_${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;

type StrapiError = InstanceType<typeof ApplicationError> | InstanceType<typeof HttpError>;

const strapiErrorCode = (error: unknown): string | undefined => {
  if (error instanceof ForbiddenError || error instanceof UnauthorizedError) return 'FORBIDDEN';
  if (error instanceof ValidationError) return 'BAD_USER_INPUT';
  if (error instanceof ApplicationError || error instanceof HttpError) return strapiCode(error.name);
  return undefined;
};

const log = (error: unknown) => {
  const logger = (globalThis as { strapi?: { log?: { error(message: unknown): void } } }).strapi?.log;
  if (logger) logger.error(error);
  else console.error(error);
};

/**
 * Apollo's `formatError` for the public API (replaces plugin-graphql's formatGraphqlError,
 * dist/server/format-graphql-error.js in 5.54, which its package does not export).
 *
 * Strapi's errors, made to be read by clients, are mapped as plugin-graphql maps them:
 * ForbiddenError and UnauthorizedError to FORBIDDEN, ValidationError to BAD_USER_INPUT, other
 * ApplicationErrors and HttpErrors to STRAPI_<NAME>, with `extensions.error` { name, message,
 * details }. GraphQL's and Apollo's own client errors (parse and validation errors, bad
 * variables, this project's plugins' refusals) pass unchanged.
 *
 * Anything else is a fault of the server: it is logged in full, and the client gets only
 * "Internal Server Error", the code INTERNAL_SERVER_ERROR and the path of the field that failed.
 * Strapi's own function sent the original error's name and message along (a database error's
 * SQL, for one), and passed a plain Error's message as the error's message.
 */
export const formatGraphQLError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  // An error a plugin hook threw is wrapped by Apollo in a GraphQLError without a path.
  const inner = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  for (const candidate of [original, inner]) {
    const code = strapiErrorCode(candidate);
    if (code) {
      const { name, message, details } = candidate as StrapiError;
      return { ...formatted, message, extensions: { ...formatted.extensions, error: { name, message, details }, code } };
    }
  }
  if (original instanceof GraphQLError && formatted.extensions?.code !== undefined && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    // graphql-depth-limit names the operation, which is often '' (anonymous): say what to do instead.
    const depth = /^'.*' exceeds maximum operation depth of (\d+)$/.exec(formatted.message);
    if (depth) {
      return {
        ...formatted,
        message: `The query nests fields more than ${depth[1]} levels deep. Ask for fewer levels of relations (or fragments within fragments), or split it into several queries.`,
      };
    }
    return formatted;
  }
  // Apollo refuses some malformed requests with a GraphQLError that sets a 4xx status and no
  // code (an automatic persisted query whose hash does not match its query, or an unsupported
  // version): the client's mistake, said in Apollo's words.
  const status = original instanceof GraphQLError ? (original.extensions?.http as { status?: number } | undefined)?.status : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    return { message: (original as GraphQLError).message, extensions: { code: 'BAD_REQUEST' } };
  }
  log(inner);
  return { message: INTERNAL_ERROR_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
};
