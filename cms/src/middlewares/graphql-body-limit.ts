import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Core } from '@strapi/strapi';

/**
 * Refuses a POST to /graphql whose body is over `maxBytes` with 413, before anything reads or
 * parses it: at once when Content-Length says so, and for a body without a length (chunked) as
 * soon as it passes the limit. A body within the limit is handed on unchanged.
 *
 * A compressed body (Content-Encoding gzip, deflate or br) is held to the same limit once
 * decompressed, read only that far (a small body that inflates to megabytes is refused after
 * `maxBytes`), and handed on decompressed. Other encodings get 415.
 *
 * Every refusal here, and a body that is not JSON, is answered in GraphQL's error shape
 * (`{ errors: [{ message, extensions: { code } }] }`), as Apollo answers requests it cannot run.
 */
export interface BodyLimitConfig {
  maxBytes?: number;
  path?: string;
}

export const DEFAULT_MAX_BYTES = 64 * 1024;

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * A refusal before GraphQL runs, in GraphQL's own shape (`errors` with a code, as Apollo answers
 * a request it cannot read), so a GraphQL client shows the message instead of a parse failure.
 */
const refuse = (ctx: Context, status: number, code: string, message: string) => {
  ctx.status = status;
  if (status === 413 || status === 415) ctx.set('connection', 'close');
  ctx.body = { errors: [{ message, extensions: { code, http: { status } } }] };
};

const tooLarge = (ctx: Context, maxBytes: number) =>
  refuse(ctx, 413, 'PAYLOAD_TOO_LARGE', `The request body is over ${Math.round(maxBytes / 1024)} KB, the most this endpoint accepts. Send a smaller request.`);

const DECOMPRESSORS: Record<string, () => NodeJS.ReadWriteStream> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/** Strapi's body parser (strapi::body, after this middleware) failing on a body that is not JSON. */
const isUnreadableBody = (error: unknown): error is Error & { status?: number } =>
  error instanceof SyntaxError || (error instanceof Error && (error as { type?: string }).type === 'entity.parse.failed');

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
    // A body that is not JSON fails in strapi::body: answered here in GraphQL's shape too.
    const handOn = async () => {
      try {
        await next();
      } catch (error) {
        if (!isUnreadableBody(error)) throw error;
        refuse(ctx, 400, 'BAD_REQUEST', `The request body is not valid JSON (${error.message}). Send one JSON object, such as {"query": "{ articles { title } }"}.`);
      }
    };

    const declared = ctx.get('content-length');
    if (declared !== '' && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) return tooLarge(ctx, maxBytes);
    const encoding = ctx.get('content-encoding').trim().toLowerCase();
    const compressed = encoding !== '' && encoding !== 'identity';
    if (!compressed && declared !== '') return handOn();

    // A compressed body, or one without a length (Transfer-Encoding: chunked): read at most
    // maxBytes (decompressed), then pass the bytes on as the request stream the GraphQL body
    // parser reads, with their length.
    let body: Buffer | undefined;
    if (compressed) {
      const decompress = DECOMPRESSORS[encoding];
      if (!decompress) {
        return refuse(ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', `This endpoint reads request bodies as they are or compressed with gzip, deflate or br, not "${encoding}".`);
      }
      const inflating = decompress() as NodeJS.ReadWriteStream & { destroy(error?: Error): void };
      // A request that breaks off ends the read instead of leaving it waiting.
      const broken = (error?: Error) => inflating.destroy(error ?? new Error('The request was aborted.'));
      ctx.req.once('error', broken).once('aborted', broken);
      ctx.req.pipe(inflating);
      try {
        body = await readUpTo(inflating, maxBytes);
      } catch {
        return refuse(ctx, 400, 'BAD_REQUEST', `The request body is not valid ${encoding} data. Send it uncompressed, or compressed as its Content-Encoding says.`);
      } finally {
        ctx.req.off('error', broken).off('aborted', broken);
        ctx.req.unpipe(inflating);
        inflating.destroy();
      }
    } else {
      body = await readUpTo(ctx.req, maxBytes);
    }
    if (!body) return tooLarge(ctx, maxBytes);
    const headers: Record<string, string | string[] | undefined> = { ...ctx.req.headers, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    delete headers['content-encoding'];
    const replay = Object.assign(Readable.from([body]), {
      headers,
      method: ctx.req.method,
      url: ctx.req.url,
      socket: ctx.req.socket,
      connection: ctx.req.socket,
    });
    ctx.req = replay as unknown as typeof ctx.req;
    return handOn();
  };
};
