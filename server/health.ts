import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, databaseUnavailableBody } from './errors.js';
import { ErrorResponse } from './http/schemas.js';

// Each part, named only when one is not well: all well is still exactly {"status": "ok"}.
const parts = {
  database: Type.Optional(Type.Union([Type.Literal('ok'), Type.Literal('down')])),
  /** Only with REDIS_URL: 'memory' while Redis is down and each instance counts for itself. */
  rateLimitStore: Type.Optional(Type.Union([Type.Literal('redis'), Type.Literal('memory')])),
};

/**
 * GET /health, for load balancers and orchestrators: 200 "ok" when every part is well, 200
 * "degraded" while the service works without one (Redis), 503 "down" in the error shape when the
 * database does not answer.
 */
const health: FastifyPluginAsync = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness and the state of each part (database, rate-limit store)',
        response: {
          200: Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]), ...parts }),
          503: Type.Object({ ...ErrorResponse.properties, status: Type.Literal('down'), ...parts }),
        },
      },
      logLevel: 'warn',
    },
    async (_req, reply) => {
      reply.header('Cache-Control', 'no-store');
      let database: 'ok' | 'down' = 'ok';
      try {
        await app.database.ping();
      } catch (err) {
        database = 'down';
        // The driver's words and code only: the error object carries the query.
        app.log.warn({ database: databaseUnavailable(err) ?? { message: (err as Error).message } }, 'health check: database did not answer');
      }
      const rateLimitStore = app.config.redisUrl ? app.rateLimitStore() : undefined;
      if (database === 'down') {
        reply.code(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        return { ...databaseUnavailableBody(), status: 'down' as const, database, rateLimitStore };
      }
      if (rateLimitStore === 'memory') return { status: 'degraded' as const, database, rateLimitStore };
      return { status: 'ok' as const };
    },
  );
};

export default health;
