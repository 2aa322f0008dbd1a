/**
 * UI strings: each locale's table lives in its module (./locales/); `t` looks a key up in a
 * locale and fills `{name}` placeholders (plural branches
 * `{count, plural, one {…} other {…}}` are chosen by `Intl.PluralRules`). `en` is typed from `zh`, so a key missing from a
 * locale is a type error.
 */
import { fill, perTag, pluralize, type MessageKey } from './locale';
import { localeOf, type Lang } from './locales';

export { strings as zh } from './locales/zh';
export { strings as en } from './locales/en';
export type { MessageKey } from './locale';
export type { Lang };

/** Looks up a message and fills `{name}` placeholders; a missing placeholder value stays visible. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const locale = localeOf(lang);
  return fill(pluralize(locale.strings[key], vars, locale.tag), vars);
}

/** Joins items as the language writes a list (`Intl.ListFormat`): “a, b and c”, “a、b和c”. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listFormat(localeOf(lang).tag).format(items);
}
const listFormat = perTag((tag) => new Intl.ListFormat(tag, { type: 'conjunction' }));
