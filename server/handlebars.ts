import Handlebars from 'handlebars';

/** Our own Handlebars instance: helpers registered here cannot leak into other users of the module. */
export function createHandlebars(): typeof Handlebars {
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('formatDate', (value: unknown, language: unknown) => {
    if (!value) return '';
    const date = new Date(value as string);
    if (Number.isNaN(date.getTime())) return '';
    const locale = typeof language === 'string' ? language : 'en';
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    }
  });
  return hbs;
}
