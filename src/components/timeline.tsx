import { useMemo } from 'react';
import { formatPeriod } from '../format';
import { toRows } from '../selectors/rows';
import { selectTimeline } from '../selectors/year-rule';
import { useDashboard } from './context';
import { localeOf, pickText } from '../i18n/locales';

/**
 * The article's dated events in date order, with what was counted at each. Under a year filter
 * only that year's events (the one year rule, selectors/year-rule.ts).
 */
export function Timeline() {
  const { dataset, lang, t, state } = useDashboard();
  const { items, hidden } = useMemo(() => {
    const { shown, hidden: h } = selectTimeline(dataset.events, dataset.figures, state.year);
    return {
      items: shown.map(({ event, period, figures }) => ({
        event,
        rows: toRows(figures, lang),
        date: formatPeriod(period, lang),
      })),
      hidden: h,
    };
  }, [dataset, lang, state.year]);
  // A report without dated events (every cited or table report) has no timeline to head.
  if (dataset.events.length === 0) return null;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('timelineHeading')}
      </h2>
      {hidden > 0 && state.year !== null && (
        <p className="timeline-hidden">
          {t('timelineHiddenByYear', { count: hidden, year: state.year })}
        </p>
      )}
      <ol className="timeline-list">
        {items.map(({ event, rows, date }) => (
          <li
            key={event.id}
            className={`timeline-item${rows.length ? ' has-figures' : ''}`}
            data-event-id={event.id}
          >
            <time dateTime={event.start}>{date}</time>
            <div className="timeline-label">{pickText(event.label, lang)}</div>
            {rows.length > 0 ? (
              <div className="timeline-figures">
                {t('timelineCounted')}
                {rows.map((r) => `${r.label} ${r.valueText}`).join(localeOf(lang).punct.clause)}
              </div>
            ) : (
              event.source === 'caption' && (
                <div className="timeline-figures muted">{t('timelineNoFigure')}</div>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
