import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * A public response kept as bytes, once per change, in each encoding a reader may ask for:
 * compressed when it is made (on libuv's threads, off the event loop), never per request.
 */
export interface EncodedBody {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** Below this, compressing saves less than the header costs. */
const MIN_BYTES = 1024;

export async function encodeBody(body: string | Buffer): Promise<EncodedBody> {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  if (identity.length < MIN_BYTES) return { identity, br: identity, gzip: identity };
  // Quality 5 brotli is about as fast as gzip -6 and a good deal smaller; a page is re-encoded at each change of its letter.
  const [br, gz] = await Promise.all([brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }), gzipped(identity, { level: 6 })]);
  return { identity, br, gzip: gz };
}

/**
 * Sends the encoding the reader accepts (brotli, then gzip, else as is) with `Vary:
 * Accept-Encoding`, so a shared cache keeps one copy per encoding. The buffer goes out as it is.
 */
export function sendEncoded(req: FastifyRequest, reply: FastifyReply, body: EncodedBody, contentType: string) {
  // Brotli whenever it is accepted (browsers list gzip first, at the same weight), then gzip.
  const accepted = body.br === body.identity ? [] : (req.encodings() as string[]);
  const choice = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : 'identity';
  const vary = String(reply.getHeader('vary') ?? '');
  reply.header('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  reply.type(contentType);
  if (choice === 'br' || choice === 'gzip') reply.header('Content-Encoding', choice);
  return reply.send(choice === 'br' ? body.br : choice === 'gzip' ? body.gzip : body.identity);
}
