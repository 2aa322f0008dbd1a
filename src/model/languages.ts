/**
 * The languages the data may be written in: a report's source `language` (report.json) is one of
 * them, and each data text is keyed by them (schema.ts `localizedSchema`: zh and en required,
 * the others optional; a locale without its own text reads English). Each has a registered locale in
 * src/i18n/locales (the model cannot import the locales; tests/unit/report-language.test.ts holds
 * the two together), whose tag the page gives the source's own words (`lang="zh-CN"`).
 */
export const DATA_LANGUAGES = ['zh', 'en'] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];

/**
 * The data languages every data text and every unit's print style must have: the article's and
 * English, which every other language falls back to (so its texts and unit styles are optional).
 */
export const REQUIRED_DATA_LANGUAGES = ['zh', 'en'] as const satisfies readonly DataLanguage[];
