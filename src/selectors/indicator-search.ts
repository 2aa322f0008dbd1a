/**
 * One search entry per indicator that opens its page, from the indicator list (loaded after the
 * first view, src/model/loader.ts): its name as its newest report labels it, found by either
 * language, with how many sources state it.
 */
import type { IndicatorSummary } from '../model/loader';
import type { SearchEntry } from './search';
import { pickText, type Lang } from '../i18n/locales';
import { t } from '../i18n/strings';

export function indicatorSearchEntries(
  indicators: readonly Pick<IndicatorSummary, 'id' | 'label' | 'reports'>[],
  lang: Lang,
): SearchEntry[] {
  return indicators.map(({ id, label, reports }) => ({
    id: `indicator-${id}`,
    kind: 'extra' as const,
    text: `${t(lang, 'indicatorOf')} · ${pickText(label, lang)}`,
    detail: t(lang, 'sourceCount', { count: reports.length }),
    keywords: `${label.zh} ${label.en} ${id}`,
    panelId: null,
    figureId: null,
    indicator: id,
  }));
}
