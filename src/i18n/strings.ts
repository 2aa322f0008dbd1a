/**
 * UI strings: each locale's table lives in its module (./locales/); `t` looks a key up in a
 * locale and fills `{name}` placeholders. `en` is typed from `zh`, so a key missing from a
 * locale is a type error.
 */
import { fill, type MessageKey } from './locale';
import { localeOf, type Lang } from './locales';

export { strings as zh } from './locales/zh';
export { strings as en } from './locales/en';
export type { MessageKey } from './locale';
export type { Lang };

/** Looks up a message and fills `{name}` placeholders; a missing placeholder value stays visible. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(localeOf(lang).strings[key], vars);
}
