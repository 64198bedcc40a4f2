import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { AppError } from './errors.js';
import { errors } from './http/schemas.js';

/** GET /health: ok only when the database answers, for load balancers and orchestrators. */
const health: FastifyPluginAsync = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness and database reachability',
        response: { 200: Type.Object({ status: Type.Literal('ok') }), ...errors(503) },
      },
      logLevel: 'warn',
    },
    async (_req, reply) => {
      reply.header('Cache-Control', 'no-store');
      try {
        await app.database.ping();
      } catch (err) {
        app.log.error({ err }, 'health check: database did not answer');
        throw new AppError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer');
      }
      return { status: 'ok' as const };
    },
  );
};

export default health;
