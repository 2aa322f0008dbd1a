import { useMemo } from 'react';
import { pickFigures } from '../selectors/figures';
import { toRows } from '../selectors/rows';
import { useDashboard } from './context';
import { SourceLink } from './source-link';

/** The key figures at the top: value as written, label, period, and a link to the sentence. */
export function HeadlineStrip() {
  const { dataset, lang, t } = useDashboard();
  const rows = useMemo(
    () => toRows(pickFigures(dataset.figures, dataset.meta.headlineFigures), lang),
    [dataset, lang],
  );
  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="section-title">
        {t('headlineHeading')}
      </h2>
      <ul className="headline-cards">
        {rows.map((r) => (
          <li key={r.id} className="headline-card" data-figure-id={r.id}>
            <div className="card-value">{r.valueText}</div>
            <div className="card-label">{r.label}</div>
            <div className="card-meta">{r.period}</div>
            <SourceLink figureId={r.id} label={r.label} />
          </li>
        ))}
      </ul>
    </section>
  );
}
