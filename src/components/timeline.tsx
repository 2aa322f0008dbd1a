import { useMemo } from 'react';
import { formatPeriod } from '../format';
import { toRows } from '../selectors/rows';
import { selectTimeline } from '../selectors/year-rule';
import { useDashboard } from './context';
import { localeOf, pickText } from '../i18n/locales';

/**
 * The article's dated events in date order, with what was counted at each. Under a year filter
 * only that year's events (the one year rule, selectors/year-rule.ts); under a theme filter only
 * events with a figure of a chosen theme, each listing only such figures.
 */
export function Timeline() {
  const { dataset, lang, t, state } = useDashboard();
  const { items, byYear, byTheme } = useMemo(() => {
    const sel = selectTimeline(dataset.events, dataset.figures, {
      themes: state.themes,
      year: state.year,
    });
    return {
      items: sel.shown.map(({ event, period, figures }) => ({
        event,
        rows: toRows(figures, lang),
        date: formatPeriod(period, lang),
      })),
      byYear: sel.hiddenByYear.length,
      byTheme: sel.hiddenByTheme.length,
    };
  }, [dataset, lang, state.themes, state.year]);
  // A report without dated events (every cited or table report) has no timeline to head.
  if (dataset.events.length === 0) return null;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('timelineHeading')}
      </h2>
      {byYear > 0 && state.year !== null && (
        <p className="timeline-hidden">
          {t('timelineHiddenByYear', { count: byYear, year: state.year })}
        </p>
      )}
      {byTheme > 0 && (
        <p className="timeline-hidden" data-testid="timeline-hidden-theme">
          {t('timelineHiddenByTheme', { count: byTheme })}
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
            {event.note && <div className="timeline-note muted">{pickText(event.note, lang)}</div>}
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
