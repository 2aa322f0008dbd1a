import { use, useMemo } from 'react';
import { indicatorsOverTime, type IndicatorOverTime, type Measure } from '../selectors/over-time';
import { timeAxisLayout } from '../charts/time-axis';
import type { Lang } from '../format';
import { formatFigureValue, formatPeriod, formatPeriodShort } from '../format';
import type { MessageKey } from '../i18n/strings';
import { reportName } from '../selectors/reports';
import { useDashboard } from './context';
import { keepLoads } from './loadable';
import { sharedIndicators, type DataLoader, type IndicatorData } from '../model/loader';
import { langQuery, localeOf, pickText } from '../i18n/locales';

const MEASURE_KEY: Record<Measure, MessageKey> = {
  stock: 'measureStock',
  flow: 'measureFlow',
  undated: 'measureUndated',
};

const PAD = 18;
const PLOT = 360; // the time axis; the labels sit in a column to its right
const LABELS = 260;

/** The dated values on a year axis: dots for stocks, bars for periods, never a joining line. */
function TimeAxis({ ind, lang, label }: { ind: IndicatorOverTime; lang: Lang; label: string }) {
  const layout = timeAxisLayout(
    ind,
    PLOT,
    // A stock dated by its publication date says so: '332個 · 2023-12（发布日期）'.
    (p) =>
      `${formatFigureValue(p.figure, lang)} · ${
        p.figure.period.kind === 'as-of' && p.figure.period.dateInferred
          ? formatPeriodShort(p.figure.period, lang)
          : p.report.date
      }`,
  );
  if (!layout) return null;
  const { width, height, ticks, marks } = layout;
  return (
    <svg
      className="time-axis"
      role="img"
      aria-label={label}
      viewBox={`${-PAD} 0 ${width + PAD + LABELS} ${height}`}
      width="100%"
      style={{ maxWidth: width + PAD + LABELS }}
    >
      {ticks.map((tk) => (
        <g key={tk.year}>
          <line
            x1={tk.x}
            x2={tk.x}
            y1={0}
            y2={height - 16}
            stroke="currentColor"
            strokeOpacity={0.2}
          />
          <text x={tk.x} y={height - 4} fontSize={11} textAnchor="middle" fill="currentColor">
            {tk.year}
          </text>
        </g>
      ))}
      {marks.map((m) => {
        return (
          <g key={m.key} data-measure={m.measure}>
            {m.measure === 'stock' ? (
              <circle cx={m.x1} cy={m.y} r={5} fill="var(--accent, #b22222)" />
            ) : (
              <rect
                x={m.x1}
                y={m.y - 5}
                width={Math.max(3, m.x2 - m.x1)}
                height={10}
                fill="var(--accent, #b22222)"
                fillOpacity={m.inferred ? 0.45 : 0.85}
                strokeDasharray={m.inferred ? '3 2' : undefined}
                stroke={m.inferred ? 'currentColor' : undefined}
              />
            )}
            <text x={width + 14} y={m.y + 4} fontSize={11} fill="currentColor">
              {m.text}
              {m.inferred ? localeOf(lang).periods.yearsInferred : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Per loader, the data of every indicator several reports state, kept for `use()` (a failure until 重试). */
const byLoader = new WeakMap<DataLoader, (key: string) => Promise<IndicatorData[]>>();
function sharedOf(loader: DataLoader): Promise<IndicatorData[]> {
  let load = byLoader.get(loader);
  if (!load) {
    load = keepLoads(() =>
      loader
        .indicators()
        .then((list) => Promise.all(sharedIndicators(list).map((id) => loader.indicator(id)))),
    );
    byLoader.set(loader, load);
  }
  return load('shared');
}

/**
 * Indicators stated by more than one report, each value with its period and report, in time
 * order. Stocks (as of a date) and counts over a period are separate tables: never one line.
 */
export function OverTimeView() {
  const { loader, reports = loader.index.reports, lang, t } = useDashboard();
  // Only the indicators stated by several reports, each from its own module (not the corpus).
  const loaded = use(sharedOf(loader));
  const indicators = useMemo(() => indicatorsOverTime(loaded.flatMap((d) => d.reports)), [loaded]);
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
            {pickText(ind.latest.label, lang)}{' '}
            <small>({t('reportCount', { count: ind.reports })})</small>
          </h3>
          <TimeAxis
            ind={ind}
            lang={lang}
            label={`${pickText(ind.latest.label, lang)}: ${t('overTimeHeading')}`}
          />
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
                        href={`?${new URLSearchParams({ report: p.report.id, ...langQuery(lang) })}`}
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
