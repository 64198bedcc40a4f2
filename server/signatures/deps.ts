import type { FastifyInstance } from 'fastify';
import { cachedLetterForSigning } from '../letters/document.js';
import type { SignatureDeps } from './service.js';

/** What the signature services need, from the app: the API routes and the pages share it. */
export function signatureDeps(app: FastifyInstance): SignatureDeps {
  return {
    db: app.db,
    sealer: app.sealer,
    tokens: app.tokens,
    legislatures: app.legislatures,
    now: app.clock.now,
    publishBatchSeconds: app.config.publishBatchSeconds,
    findLetter: cachedLetterForSigning({ db: app.db, cache: app.publicCache, now: app.clock.now }),
  };
}
