import type { FastifyInstance } from 'fastify';
import { cachedLetterForSigning } from '../letters/document.js';
import type { SignatureDeps } from './service.js';
import { SigningBatcher } from './submissions.js';

// One per app, so that the API and the pages' signers share statements.
const batchers = new WeakMap<FastifyInstance, SigningBatcher>();

function batcherOf(app: FastifyInstance): SigningBatcher {
  let batcher = batchers.get(app);
  if (!batcher) {
    batcher = new SigningBatcher(app.db, { maxInFlight: app.config.signingStatements });
    batchers.set(app, batcher);
  }
  return batcher;
}

/** What the signature services need, from the app: the API routes and the pages share it. */
export function signatureDeps(app: FastifyInstance): SignatureDeps {
  const batcher = batcherOf(app);
  return {
    db: app.db,
    sealer: app.sealer,
    tokens: app.tokens,
    legislatures: app.legislatures,
    now: app.clock.now,
    publishBatchSeconds: app.config.publishBatchSeconds,
    findLetter: cachedLetterForSigning({ db: app.db, cache: app.publicCache, now: app.clock.now }),
    submit: (submission) => batcher.submit(submission),
  };
}
