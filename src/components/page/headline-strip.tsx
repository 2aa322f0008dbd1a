import { useDashboard } from './context';
import { SourceLink } from './source-link';
import { TermText } from '../glossary/glossary';

/**
 * The key figures at the top: value as written, label, period, and a link to the sentence. They
 * follow both filters as the panels do (the theme and the year rule), and a note says how many
 * each filter hid and, for the year, why (five-year totals, undated figures, stocks of another
 * year), so the cards never contradict the count or the panels.
 */
export function HeadlineStrip() {
  const { t, page } = useDashboard();
  const { rows, hiddenByYear, hiddenByTheme } = page.headline;
  // A report with no key figures (a one-figure cited source, say) has no strip to head.
  if (rows.length === 0 && !hiddenByYear && !hiddenByTheme) return null;
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
      {hiddenByYear && (
        <p className="headline-hidden" data-testid="headline-hidden">
          {hiddenByYear}
        </p>
      )}
      {hiddenByTheme && (
        <p className="headline-hidden" data-testid="headline-hidden-theme">
          {hiddenByTheme}
        </p>
      )}
    </section>
  );
}
