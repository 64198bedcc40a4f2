import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/**
 * OpenAPI 3 generated from the route schemas, at /docs (Swagger UI, served from the package's own
 * files: nothing from a CDN) and /docs/json. Registered before the routes, so it sees them all.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Undersigned',
          description: 'Joint open letters: drafted by organizers, signed and verified, read by the public. Errors are always `{statusCode, error, code, message}` (and `field` for bad input).',
          version: '1',
        },
        servers: [{ url: app.config.publicUrl }],
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An organizer API token (npm run cli -- organizer add EMAIL)' } },
        },
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: false } });
  },
  { name: 'openapi', dependencies: ['config'] },
);
