import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import fp from 'fastify-plugin';
import { createHandlebars } from '../handlebars.js';
import { paths } from '../paths.js';

declare module 'fastify' {
  interface FastifyReply {
    /** A template that is a whole HTML document, without the site layout. */
    document(page: string, data?: object): FastifyReply;
  }
  interface FastifyInstance {
    document(page: string, data?: object): Promise<string>;
  }
}

function partialsIn(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(paths.templates, dir))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => [f.slice(0, -'.hbs'.length), `${dir}/${f}`]),
  );
}

/**
 * Handlebars pages from templates/ (layouts, partials, pages) and the self-hosted assets in
 * public/ under /static/. Double braces escape; the only triple-brace output is sanitized HTML.
 */
export default fp(
  async (app) => {
    const common = {
      engine: { handlebars: createHandlebars() },
      root: paths.templates,
      viewExt: 'hbs',
      production: app.config.nodeEnv !== 'development',
      // publicUrl: for commands a reader copies (the verifier needs the letter's full address).
      defaultContext: { siteName: 'Undersigned', publicUrl: app.config.publicUrl },
      // preventIndent: a partial on a line of its own would otherwise indent every line it prints,
      // the text of a <textarea> among them (a re-shown letter came back indented).
      options: { partials: partialsIn('partials'), compileOptions: { preventIndent: true } },
    };
    // Site pages inside layouts/main; and whole documents (the PDF, the embed) that are their own layout.
    await app.register(fastifyView, { ...common, layout: 'layouts/main' });
    await app.register(fastifyView, { ...common, propertyName: 'document' });
    await app.register(fastifyStatic, {
      root: paths.public,
      prefix: '/static/',
      // Asset URLs carry no content hash yet, so a changed stylesheet must not be cached for long: a day.
      maxAge: '1d',
      index: false,
    });
  },
  { name: 'views', dependencies: ['config'] },
);
