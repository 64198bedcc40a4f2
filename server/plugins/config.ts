import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { TokenHasher } from '../tokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    tokens: TokenHasher;
  }
}

/** The validated configuration, and the keyed token hasher derived from its secret. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('config', config);
    app.decorate('tokens', new TokenHasher(config.secretKey));
  },
  { name: 'config' },
);
