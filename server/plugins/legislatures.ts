import fp from 'fastify-plugin';
import { LegislatureRegistry } from '../verification/registry.js';

declare module 'fastify' {
  interface FastifyInstance {
    legislatures: LegislatureRegistry;
  }
}

/** The registry of legislatures and their email domains (data/legislatures.json), loaded once. */
export default fp(
  async (app) => {
    app.decorate('legislatures', LegislatureRegistry.load());
  },
  { name: 'legislatures' },
);
