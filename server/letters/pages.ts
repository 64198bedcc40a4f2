import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errors } from '../http/schemas.js';
import { SlugParams } from './schemas.js';
import { readLetter } from './service.js';

/** The public letter page: complete without JavaScript. */
const letterPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/letters/:slug',
    {
      schema: {
        tags: ['pages'],
        summary: 'The letter as a web page',
        params: SlugParams,
        response: { 200: Type.String({ description: 'text/html' }), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const letter = await readLetter({ db: app.db }, req.params.slug);
      return reply.view('pages/letter', {
        title: letter.title,
        description: letter.summary ?? letter.stats.summary,
        lang: letter.language,
        canonicalUrl: `${app.config.publicUrl}/letters/${letter.slug}`,
        letter,
      });
    },
  );
};

export default letterPages;
