/**
 * English, the source catalog: ICU MessageFormat (https://unicode-org.github.io/icu/userguide/format_parse/messages/),
 * plural and select by CLDR's rules. Markup: <strong>, <em>, <code>, <bdi>; any other tag is a
 * link whose address the template passes under the tag's name.
 */
export default {
  'list.two': '{first} and {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} and {second}',
} as const;
