import { useMemo } from 'react';
import { indicatorsOverTime, type Measure } from '../selectors/over-time';
import { formatFigureValue, formatPeriod } from '../format';
import type { MessageKey } from '../i18n/strings';
import { reportName } from '../selectors/reports';
import { useDashboard } from './context';

const MEASURE_KEY: Record<Measure, MessageKey> = {
  stock: 'measureStock',
  flow: 'measureFlow',
  undated: 'measureUndated',
};

/**
 * Indicators stated by more than one report, each value with its period and report, in time
 * order. Stocks (as of a date) and counts over a period are separate tables: never one line.
 */
export function OverTimeView() {
  const { dataset, reports = [dataset], lang, t } = useDashboard();
  const indicators = useMemo(() => indicatorsOverTime(reports), [reports]);
  if (indicators.length === 0) return null;
  return (
    <section id="over-time" className="over-time" aria-labelledby="over-time-title">
      <h2 id="over-time-title" className="section-title">
        {t('overTimeHeading')}
      </h2>
      <p className="theme-desc">{t('overTimeIntro')}</p>
      {indicators.map((ind) => (
        <section
          key={ind.indicator}
          className="panel over-time-indicator"
          data-indicator={ind.indicator}
          aria-labelledby={`ot-${ind.indicator}`}
        >
          <h3 id={`ot-${ind.indicator}`}>
            {ind.latest.label[lang]} <small>({t('reportCount', { count: ind.reports })})</small>
          </h3>
          {ind.series.map((s) => (
            <table key={s.measure} className="figure-table" data-measure={s.measure}>
              <caption>{t(MEASURE_KEY[s.measure])}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colPeriod')}</th>
                  <th scope="col">{t('colValue')}</th>
                  <th scope="col">{t('colReport')}</th>
                </tr>
              </thead>
              <tbody>
                {s.points.map((p) => (
                  <tr key={`${p.report.id}/${p.figure.id}`}>
                    <td>{formatPeriod(p.figure.period, lang)}</td>
                    <td>{formatFigureValue(p.figure, lang)}</td>
                    <td>
                      <a
                        href={`?report=${encodeURIComponent(p.report.id)}${lang === 'en' ? '&lang=en' : ''}`}
                      >
                        {reportName(p.report, lang, reports)}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </section>
  );
}
