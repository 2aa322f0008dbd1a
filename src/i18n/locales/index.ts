/**
 * The locales. `LOCALES` lists the languages the site offers, the default (Chinese) first;
 * `localeOf` turns a `lang` value (an id or a locale) into the locale object code asks.
 */
import type { Locale, LocaleId } from '../locale';
import { zh } from './zh';
import { en } from './en';

export { zh, en };

/** The default locale: the article's own language. */
export const DEFAULT_LOCALE: Locale = zh;

/**
 * The site's locales, in the order the language switch cycles through them: an immutable list
 * built from the locale files. A page offering another locale (a test's) is given a list of its
 * own ({@link localesWith}) and passes it on; nothing is registered globally.
 */
export const LOCALES: readonly Locale[] = Object.freeze([zh, en]);
/** Their ids: what `?lang=` accepts unless the page is given another list. */
export const LOCALE_IDS: readonly LocaleId[] = Object.freeze(LOCALES.map((l) => l.id));

/** A `lang` argument: a locale's id (one of LOCALES), or a locale object (any locale at all). */
export type Lang = LocaleId | Locale;

/** The site's locales and `extra` after them (a test's third locale, say): a new list. */
export function localesWith(...extra: readonly Locale[]): readonly Locale[] {
  const all = [...LOCALES, ...extra];
  for (const l of extra)
    if (all.filter((x) => x.id === l.id).length > 1) throw new Error(`locale "${l.id}" is twice`);
  return Object.freeze(all);
}

/** The locale for a `lang` value among `locales`; an unknown id gets the default locale. */
export function localeOf(ref: Lang, locales: readonly Locale[] = LOCALES): Locale {
  if (typeof ref === 'object') return ref;
  return locales.find((l) => l.id === ref) ?? DEFAULT_LOCALE;
}

/** The locale after this one, for the language switch (cycles through `locales`). */
export function nextLocale(lang: Lang, locales: readonly Locale[] = LOCALES): Locale {
  const i = locales.indexOf(localeOf(lang, locales));
  return locales[(i + 1) % locales.length]!;
}

/**
 * Which key of a data text this locale reads: the first of its `textFrom` the text has (its own,
 * then the locale it falls back to), else English, which every data text has (schema.ts).
 */
export function textKey<K extends string>(record: Partial<Record<K, string>>, lang: Lang): K {
  const { textFrom } = localeOf(lang);
  const key = [...textFrom, 'en'].find((k) => record[k as K] !== undefined) ?? 'en';
  return key as K;
}

/** A data text (`{zh, en, …}` record) in this locale, or in the one it falls back to, or English. */
export function pickText(record: Partial<Record<string, string>>, lang: Lang): string {
  return record[textKey(record, lang)] ?? '';
}

/**
 * The `lang` tag of a source's own words (its title, quotes, numerals and cells as written): the
 * tag of the locale of its report's `language` (report.json), `zh-CN` for ours.
 */
export function sourceTag(meta: { language: LocaleId }): string {
  return localeOf(meta.language).tag;
}

/** The URL query for a locale: nothing for the default, else `{ lang: id }`. */
export function langQuery(lang: Lang): Record<string, string> {
  const locale = localeOf(lang);
  return locale === DEFAULT_LOCALE ? {} : { lang: locale.id };
}
