import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { checkpointSchema, consistencySchema, cosignatureSchema, inclusionSchema, keysSchema, ledgerSchema } from './schemas.js';
import { consistencyFor, inclusionFor, publishedKeys, readCheckpoint, readLedger } from './service.js';
import { receiveCosignatures } from './witness.js';

/**
 * The public ledger, its signed heads and proofs. Read from the database: they are fetched by
 * verifiers and witnesses, not by every reader.
 */
const ledgerRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const keys = () => app.ledger.keys;
  app.get('/api/v1/letters/:slug/ledger', { schema: ledgerSchema }, async (req) => readLedger(app.db, keys(), req.params.slug, req.query));
  app.get('/api/v1/letters/:slug/ledger/checkpoint', { schema: checkpointSchema }, async (req, reply) => {
    reply.type('text/plain; charset=utf-8');
    return readCheckpoint(app.db, keys(), req.params.slug);
  });
  app.get('/api/v1/letters/:slug/ledger/proof/inclusion', { schema: inclusionSchema }, async (req) => inclusionFor(app.db, keys(), req.params.slug, req.query));
  app.get('/api/v1/letters/:slug/ledger/proof/consistency', { schema: consistencySchema }, async (req) => consistencyFor(app.db, keys(), req.params.slug, req.query));
  app.post('/api/v1/letters/:slug/ledger/cosignatures', { schema: cosignatureSchema }, async (req) => app.applyEffects(receiveCosignatures(app.witness.deps(), req.params.slug, req.body.checkpoint)));
  app.get('/.well-known/undersigned-ledger', { schema: keysSchema }, async () => publishedKeys(app.db, keys(), app.config.publicUrl, app.config.witnessPeers));
};

export default ledgerRoutes;
