/**
 * What the page needs of the indicators before their page loads: the ids the `indicator` URL
 * parameter accepts, and one search entry per indicator that opens its page.
 */
import type { FigureRecord } from '../model/types';
import type { SearchEntry } from './search';
import { pickText, type Lang } from '../i18n/locales';
import { t } from '../i18n/strings';

type Reports = readonly { meta: { id: string; date: string }; figures: readonly FigureRecord[] }[];

/** The indicator ids the corpus states, sorted. */
export function indicatorIds(reports: Reports): string[] {
  return [...new Set(reports.flatMap((r) => r.figures.map((f) => f.indicator)))].sort();
}

/** One entry per indicator, labelled as its newest report labels it, found by either language. */
export function indicatorSearchEntries(reports: Reports, lang: Lang): SearchEntry[] {
  const by = new Map<
    string,
    { label: FigureRecord['label']; date: string; reports: Set<string> }
  >();
  for (const r of reports)
    for (const f of r.figures) {
      const seen = by.get(f.indicator);
      if (!seen)
        by.set(f.indicator, { label: f.label, date: r.meta.date, reports: new Set([r.meta.id]) });
      else {
        seen.reports.add(r.meta.id);
        if (r.meta.date > seen.date) Object.assign(seen, { label: f.label, date: r.meta.date });
      }
    }
  return [...by].map(([id, { label, reports: rs }]) => ({
    id: `indicator-${id}`,
    kind: 'extra' as const,
    text: `${t(lang, 'indicatorOf')} · ${pickText(label, lang)}`,
    detail: t(lang, 'sourceCount', { count: rs.size }),
    keywords: `${label.zh} ${label.en} ${id}`,
    panelId: null,
    figureId: null,
    indicator: id,
  }));
}
