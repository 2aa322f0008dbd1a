import { useMemo } from 'react';
import { formatPeriod } from '../format';
import type { ArticleEvent, Period } from '../model/schema';
import { pickFigures } from '../selectors/figures';
import { toRows } from '../selectors/rows';
import { useDashboard } from './context';

/** An event's date as a period, so the timeline says dates exactly as the panels do. */
function eventPeriod(e: ArticleEvent): Period {
  return e.precision === 'year'
    ? { kind: 'year', year: Number(e.start.slice(0, 4)), yearInferred: e.yearInferred }
    : {
        kind: 'date',
        start: e.start,
        end: e.end,
        precision: e.precision,
        yearInferred: e.yearInferred,
      };
}

/** The article's dated events in date order, with what was counted at each. */
export function Timeline() {
  const { dataset, lang, t } = useDashboard();
  const items = useMemo(
    () =>
      dataset.events.map((e) => ({
        event: e,
        rows: toRows(pickFigures(dataset.figures, e.figures), lang),
        date: formatPeriod(eventPeriod(e), lang),
      })),
    [dataset, lang],
  );
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('timelineHeading')}
      </h2>
      <ol className="timeline-list">
        {items.map(({ event, rows, date }) => (
          <li key={event.id} className={`timeline-item${rows.length ? ' has-figures' : ''}`}>
            <time dateTime={event.start}>{date}</time>
            <div className="timeline-label">{event.label[lang]}</div>
            {rows.length > 0 ? (
              <div className="timeline-figures">
                {t('timelineCounted')}
                {rows.map((r) => `${r.label} ${r.valueText}`).join(lang === 'zh' ? '；' : '; ')}
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
