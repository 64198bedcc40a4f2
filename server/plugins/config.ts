import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { Sealer } from '../sealer.js';
import { TokenHasher } from '../tokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    tokens: TokenHasher;
    sealer: Sealer;
  }
}

/** The validated configuration, and the keys derived from its secret. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('config', config);
    app.decorate('tokens', new TokenHasher(config.secretKey, config.previousSecretKeys));
    app.decorate('sealer', new Sealer(config.secretKey, config.previousSecretKeys));
  },
  { name: 'config' },
);
