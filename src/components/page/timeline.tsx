import { useDashboard } from './context';

/**
 * The article's dated events in date order, with what was counted at each. Under a year filter
 * only that year's events (the one year rule, selectors/year-rule.ts); under a theme filter only
 * events with a figure of a chosen theme, each listing only such figures.
 */
export function Timeline() {
  const { t, page } = useDashboard();
  // A report without dated events (every cited or table report) has no timeline to head.
  if (!page.timeline) return null;
  const { items, hiddenByYear, hiddenByTheme } = page.timeline;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('timelineHeading')}
      </h2>
      {hiddenByYear && <p className="timeline-hidden">{hiddenByYear}</p>}
      {hiddenByTheme && (
        <p className="timeline-hidden" data-testid="timeline-hidden-theme">
          {hiddenByTheme}
        </p>
      )}
      <ol className="timeline-list">
        {items.map((item) => (
          <li
            key={item.id}
            className={`timeline-item${item.counted ? ' has-figures' : ''}`}
            data-event-id={item.id}
          >
            <time dateTime={item.start}>{item.date}</time>
            <div className="timeline-label">{item.label}</div>
            {item.note && <div className="timeline-note muted">{item.note}</div>}
            {item.counted ? (
              <div className="timeline-figures">
                {t('timelineCounted')}
                {item.counted}
              </div>
            ) : (
              item.fromCaption && (
                <div className="timeline-figures muted">{t('timelineNoFigure')}</div>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
