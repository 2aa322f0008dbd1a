import { useMemo } from 'react';
import { toRows } from '../selectors/rows';
import { hiddenReasons, selectHeadline, type HiddenReason } from '../selectors/year-rule';
import { formatList } from '../i18n/strings';
import { localeOf } from '../i18n/locales';
import type { Lang } from '../format';
import type { MessageKey } from '../i18n/strings';
import { useDashboard } from './context';
import { SourceLink } from './source-link';
import { TermText } from './glossary';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

function reasonText(r: HiddenReason, t: T, lang: Lang): string {
  switch (r.kind) {
    case 'span':
      return t('hiddenReasonSpan', { years: localeOf(lang).numberWord(r.years) });
    case 'undated':
      return t('hiddenReasonUndated');
    case 'stock':
      return t('hiddenReasonStock');
    case 'other-year':
      return t('hiddenReasonOtherYear');
  }
}

/**
 * The key figures at the top: value as written, label, period, and a link to the sentence. They
 * follow both filters as the panels do (the theme and the year rule), and a note says how many
 * each filter hid and, for the year, why (five-year totals, undated figures, stocks of another
 * year), so the cards never contradict the count or the panels.
 */
export function HeadlineStrip() {
  const { dataset, lang, t, state } = useDashboard();
  const { rows, byYear, byTheme } = useMemo(() => {
    const sel = selectHeadline(dataset.figures, dataset.meta.headlineFigures, {
      themes: state.themes,
      year: state.year,
    });
    return { rows: toRows(sel.shown, lang), byYear: sel.hiddenByYear, byTheme: sel.hiddenByTheme };
  }, [dataset, lang, state.themes, state.year]);
  const reasons = formatList(
    lang,
    hiddenReasons(byYear).map((r) => reasonText(r, t, lang)),
  );
  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="section-title">
        {t('headlineHeading')}
      </h2>
      {rows.length > 0 && (
        <ul className="headline-cards">
          {rows.map((r) => (
            <li key={r.id} className="headline-card" data-figure-id={r.id}>
              <div className="card-value">{r.valueText}</div>
              <div className="card-label">
                <TermText text={r.label} place={`card:${r.id}`} />
              </div>
              <div className="card-meta">{r.period}</div>
              <SourceLink figureId={r.id} label={r.label} />
            </li>
          ))}
        </ul>
      )}
      {byYear.length > 0 && state.year !== null && (
        <p className="headline-hidden" data-testid="headline-hidden">
          {t(
            rows.length > 0 || byTheme.length > 0 ? 'headlineHiddenByYear' : 'headlineNoneForYear',
            {
              count: byYear.length,
              year: state.year,
              reasons,
            },
          )}
        </p>
      )}
      {byTheme.length > 0 && (
        <p className="headline-hidden" data-testid="headline-hidden-theme">
          {t('headlineHiddenByTheme', { count: byTheme.length })}
        </p>
      )}
    </section>
  );
}
