import { localeOf, type Lang } from '../i18n/locales';

/**
 * The locale id that file names carry (`hardship-funds-zh.png`). file-names.ts still types it as
 * 'zh' | 'en'; any registered locale's id is a valid file-name part, so the cast only narrows the type.
 */
export function fileLang(lang: Lang): 'zh' | 'en' {
  return localeOf(lang).id as 'zh' | 'en';
}
