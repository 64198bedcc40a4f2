import Handlebars from 'handlebars';
import { ownName } from './i18n/locales.js';
import { type ErrorToSay, errorText, formatDate, formatDateTime, formatList, formatNumber, html, listSeparator, type MessageKey, text } from './i18n/messages.js';

type Options = Handlebars.HelperOptions;
/** The interface language of what is being rendered: the template data's `ui` ("en" without one). */
const uiOf = (options: Options): string => (options.data?.root as { ui?: string } | undefined)?.ui ?? 'en';

/**
 * Our own Handlebars instance: helpers registered here cannot leak into other users of the module.
 * `mode` "html" escapes (pages, PDFs, HTML mail); "text" prints as written (plain-text mail).
 */
export function createHandlebars(mode: 'html' | 'text' = 'html'): typeof Handlebars {
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** {{concat "/letters/" slug}}: an address built from parts (the last argument is Handlebars' options). */
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  /** {{languageName "ug"}}: a language's own name ("ئۇيغۇرچە"). */
  hbs.registerHelper('languageName', (tag: unknown) => ownName(String(tag ?? '')));
  /** For an ICU select on a flag: "yes" or "no". */
  hbs.registerHelper('yesNo', (value: unknown) => (value ? 'yes' : 'no'));
  /** {{t "key" name=value}}: the catalog's message in the interface language. */
  hbs.registerHelper('t', (key: MessageKey, options: Options) => (mode === 'html' ? new hbs.SafeString(html(uiOf(options), key, options.hash).html) : text(uiOf(options), key, options.hash)));
  /** {{bdi name}}: user-written text isolated, so a Latin party name in a Uyghur line keeps its place. */
  hbs.registerHelper('bdi', (value: unknown) => (mode === 'html' ? new hbs.SafeString(`<bdi>${hbs.escapeExpression(String(value ?? ''))}</bdi>`) : String(value ?? '')));
  hbs.registerHelper('formatDate', (value: unknown, options: Options) => formatDate(uiOf(options), value as string));
  hbs.registerHelper('formatDateTime', (value: unknown, options: Options) => formatDateTime(uiOf(options), value as string));
  hbs.registerHelper('formatNumber', (value: unknown, options: Options) => formatNumber(uiOf(options), Number(value)));
  hbs.registerHelper('errorText', (error: unknown, options: Options) => errorText(uiOf(options), error as ErrorToSay, options.hash.fields === 'signer' ? 'signer' : 'letter'));
  hbs.registerHelper('sep', (options: Options) => listSeparator(uiOf(options)));
  hbs.registerHelper('formatList', (items: unknown, options: Options) => formatList(uiOf(options), Array.isArray(items) ? items.map(String) : []));
  return hbs;
}
