import { useMemo } from 'react';
import { toRows } from '../selectors/rows';
import { selectHeadline } from '../selectors/year-rule';
import { useDashboard } from './context';
import { SourceLink } from './source-link';
import { TermText } from './glossary';

/**
 * The key figures at the top: value as written, label, period, and a link to the sentence. Under a
 * year filter only the cards the year rule keeps are shown (no five-year total under "2022"), and
 * a note says how many were hidden.
 */
export function HeadlineStrip() {
  const { dataset, lang, t, state } = useDashboard();
  const { rows, hidden } = useMemo(() => {
    const { shown, hidden: h } = selectHeadline(
      dataset.figures,
      dataset.meta.headlineFigures,
      state.year,
    );
    return { rows: toRows(shown, lang), hidden: h };
  }, [dataset, lang, state.year]);
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
      {hidden > 0 && state.year !== null && (
        <p className="headline-hidden" data-testid="headline-hidden">
          {t(rows.length > 0 ? 'headlineHiddenByYear' : 'headlineNoneForYear', {
            count: hidden,
            year: state.year,
          })}
        </p>
      )}
    </section>
  );
}
