/**
 * A `lang` argument: a site locale's id ('zh', 'en') or a locale object. Every formatter takes
 * one and asks the locale (src/i18n/locales) how to write; Chinese is the article's own language.
 */
export type { Lang } from '../i18n/locales';
import { LOCALE_IDS } from '../i18n/locales';

/** The site's locale ids, Chinese first (a page given other locales lists its own: vocab.langs). */
export const LANGS: readonly string[] = LOCALE_IDS;
