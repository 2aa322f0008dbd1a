/**
 * The locale registry. `LOCALES` lists the languages the page offers, the default (Chinese) first;
 * `localeOf` turns a `lang` value (an id or a locale) into the locale object code asks.
 */
import type { Locale, LocaleId } from '../locale';
import { zh } from './zh';
import { en } from './en';

export { zh, en };

/** The default locale: the article's own language. */
export const DEFAULT_LOCALE: Locale = zh;

/** The registered locales, in the order the language switch cycles through them. */
export const LOCALES: Locale[] = [zh, en];
/** Their ids (live: the `lang` URL parameter accepts exactly these). */
export const LOCALE_IDS: LocaleId[] = LOCALES.map((l) => l.id);

/** A `lang` argument: a registered locale's id, or a locale object (which needs no registering). */
export type Lang = LocaleId | Locale;

/**
 * Adds a locale (a test's, say) to the registry, so `?lang=<id>` selects it; returns a function
 * that removes it again.
 */
export function registerLocale(locale: Locale): () => void {
  if (LOCALE_IDS.includes(locale.id)) throw new Error(`locale "${locale.id}" is registered`);
  LOCALES.push(locale);
  LOCALE_IDS.push(locale.id);
  return () => {
    LOCALES.splice(LOCALES.indexOf(locale), 1);
    LOCALE_IDS.splice(LOCALE_IDS.indexOf(locale.id), 1);
  };
}

/** The locale for a `lang` value; an unknown id gets the default locale. */
export function localeOf(ref: Lang): Locale {
  if (typeof ref === 'object') return ref;
  return LOCALES.find((l) => l.id === ref) ?? DEFAULT_LOCALE;
}

/** The locale after this one, for the language switch (cycles through LOCALES). */
export function nextLocale(lang: Lang): Locale {
  const i = LOCALES.indexOf(localeOf(lang));
  return LOCALES[(i + 1) % LOCALES.length]!;
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
