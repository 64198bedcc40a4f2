import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { createHandlebars } from '../handlebars.js';
import { paths } from '../paths.js';

export interface RenderedMail {
  html: string;
  text: string;
}

export type MailRenderer = (name: string, data: Record<string, unknown>) => RenderedMail;

/**
 * Mail bodies from templates/emails/NAME.html.hbs (escaped, inside layout.html.hbs) and
 * NAME.text.hbs (plain text: nothing to escape, so names print as written). Both have the
 * catalog's helpers (`t`, `bdi`, dates), in the language the data's `ui` names ("en" without one).
 */
export function createMailRenderer(): MailRenderer {
  const html = createHandlebars('html');
  const text = createHandlebars('text');
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  const load = (file: string, engine: typeof Handlebars, noEscape: boolean) => {
    let template = cache.get(file);
    if (!template) {
      template = engine.compile(readFileSync(join(paths.templates, 'emails', file), 'utf8'), { noEscape });
      cache.set(file, template);
    }
    return template;
  };
  return (name, given) => {
    // English and its footer for signers unless the composer says otherwise.
    const data = { ui: 'en', dir: 'ltr', footer: 'mail.footerSigned', ...given };
    const content = load(`${name}.html.hbs`, html, false)(data);
    return {
      html: load('layout.html.hbs', html, false)({ ...data, content }),
      text: load(`${name}.text.hbs`, text, true)(data),
    };
  };
}
