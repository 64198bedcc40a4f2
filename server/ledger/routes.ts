import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ledgerSchema } from './schemas.js';
import { readLedger } from './service.js';

/** The public ledger. Read from the database: it is fetched by verifiers, not by every reader. */
const ledgerRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/api/v1/letters/:slug/ledger', { schema: ledgerSchema }, async (req) => readLedger(app.db, req.params.slug, req.query));
};

export default ledgerRoutes;
