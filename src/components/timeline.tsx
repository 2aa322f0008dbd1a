import { useMemo } from 'react';
import { formatDate } from '../format';
import { pickFigures } from '../selectors/figures';
import { toRows } from '../selectors/rows';
import { useDashboard } from './context';

/** The article's dated events in date order, with what was counted at each. */
export function Timeline() {
  const { dataset, lang, t } = useDashboard();
  const items = useMemo(
    () =>
      dataset.events.map((e) => ({
        event: e,
        rows: toRows(pickFigures(dataset.figures, e.figures), lang),
        date:
          e.precision === 'year'
            ? lang === 'zh'
              ? `${e.start.slice(0, 4)}年`
              : e.start.slice(0, 4)
            : `${formatDate(e.start, lang, e.precision)}${e.end ? (lang === 'zh' ? `—${Number(e.end.slice(8))}日` : `–${Number(e.end.slice(8))}`) : ''}`,
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
            <time dateTime={event.start}>
              {date}
              {event.yearInferred && (
                <span className="inferred">
                  {lang === 'zh' ? '（年份推定）' : ' (year inferred)'}
                </span>
              )}
            </time>
            <div className="timeline-label">{event.label[lang]}</div>
            {rows.length > 0 ? (
              <div className="timeline-figures">
                {t('timelineCounted')}
                {rows.map((r) => `${r.label} ${r.valueText}`).join('；')}
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
