import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';

/**
 * Refuses a POST to /graphql whose body is over `maxBytes` with 413, before anything reads or
 * parses it: at once when Content-Length says so, and for a body without a length (chunked) as
 * soon as it passes the limit. A body within the limit is handed on unchanged.
 */
export interface BodyLimitConfig {
  maxBytes?: number;
  path?: string;
}

export const DEFAULT_MAX_BYTES = 64 * 1024;

type Context = Parameters<Core.MiddlewareHandler>[0];

const tooLarge = (ctx: Context, maxBytes: number) => {
  ctx.status = 413;
  ctx.set('connection', 'close');
  ctx.body = {
    data: null,
    error: {
      status: 413,
      name: 'PayloadTooLargeError',
      message: `The request body is over ${Math.round(maxBytes / 1024)} KB, the most this endpoint accepts. Send a smaller request.`,
    },
  };
};

/** Reads a body of unknown length up to `maxBytes`; undefined once it passes the limit. */
const readUpTo = async (stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
};

export default (config: BodyLimitConfig = {}) => {
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  const path = config.path ?? '/graphql';

  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path !== path) return next();

    const declared = ctx.get('content-length');
    if (declared !== '') {
      if (!/^\d+$/.test(declared) || Number(declared) > maxBytes) return tooLarge(ctx, maxBytes);
      return next();
    }

    // No length given (Transfer-Encoding: chunked): read at most maxBytes, then pass the bytes
    // on as the request stream the GraphQL body parser reads, with their length.
    const body = await readUpTo(ctx.req, maxBytes);
    if (!body) return tooLarge(ctx, maxBytes);
    const replay = Object.assign(Readable.from([body]), {
      headers: { ...ctx.req.headers, 'content-length': String(body.length) },
      method: ctx.req.method,
      url: ctx.req.url,
      socket: ctx.req.socket,
      connection: ctx.req.socket,
    });
    delete replay.headers['transfer-encoding'];
    ctx.req = replay as unknown as typeof ctx.req;
    return next();
  };
};
