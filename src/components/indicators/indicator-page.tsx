/**
 * The index of indicators (`?view=indicators`) and one indicator's page (`?indicator=<id>`):
 * every value of it from every report, one series per body (never one line across two bodies),
 * the body named on every mark and row, each value linked to its sentence and its source's
 * address. The model is src/selectors/indicator-page.ts; the chart src/charts/indicator-chart.ts.
 */
import { retryImport } from '../../model/retry-import';
import { use, useMemo, useRef, useState, type MouseEvent } from 'react';
import { keepLoads } from '../page/loadable';
import type { DataLoader, IndicatorData } from '../../model/loader';
import type { AppCorpus, Entity, UnitsTable } from '../../model/types';
import { IndicatorLink } from '../page/indicator-link';
import {
  buildIndicatorIndex,
  buildIndicatorPageModel,
  type IndicatorInput,
  type IndicatorPageModel,
  type IndicatorPoint,
  type CountKind,
} from '../../selectors/indicator-page';
import {
  indicatorChartLayout,
  indicatorChartSvg,
  type IndicatorChartLayout,
  type RowText,
} from '../../charts/indicator-chart';
import { fontStack, type Scheme } from '../../charts/style';
import { baseUnitName, formatDate, formatFigureValue, formatPeriod, type Lang } from '../../format';
import {
  CITATION_STYLES,
  CITATION_STYLE_NAMES,
  authorFromByline,
  formatCitation,
  type CitationInput,
  type CitationStyle,
} from '../../format/citation';
import type { MessageKey } from '../../i18n/strings';
import { langQuery, localeOf, pickText, sourceTag } from '../../i18n/locales';
import { FIELD_WORDS } from '../../i18n/field-words';
import { useDashboard } from '../page/context';
import { useWidth } from '../panel/use-near-viewport';
import { MenuButton, type MenuAction } from '../panel/menu-button';
import { CopyField, DialogButton } from '../dialogs/dialog';

const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const MEASURE_KEY: Record<CountKind, MessageKey> = {
  stock: 'measureStock',
  flow: 'measureFlow',
  undated: 'measureUndated',
};

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A value's period as the page shows it: the formatter's words, except that an "as of" date that
 * is the publication date standing in is given to the month and marked (截至2023年12月（按发布日期）),
 * and a span that ran past its report's date says where it was cut.
 */
export function pointPeriod(p: IndicatorPoint, lang: Lang, t: T): string {
  // formatPeriod marks an inferred "as of" date (截至2023年12月（按发布日期）) itself.
  const text = formatPeriod(p.figure.period, lang);
  return p.clampedFrom && p.at
    ? text + t('clampedNote', { date: formatDate(p.at.to, lang) })
    : text;
}

/** Per loader, each indicator's load and the corpus's, kept for `use()` until a retry. */
const loadsByLoader = new WeakMap<
  DataLoader,
  { indicator: (id: string) => Promise<IndicatorData | null>; corpus: () => Promise<AppCorpus> }
>();
function loadsOf(loader: DataLoader) {
  let loads = loadsByLoader.get(loader);
  if (!loads) {
    const corpus = keepLoads(() => loader.corpus());
    loads = {
      // An id no report states is not a failure: the page says so and links to the index.
      indicator: keepLoads((id) =>
        loader
          .indicator(id)
          .catch((error: unknown) =>
            error instanceof Error && /^no indicator "/.test(error.message)
              ? null
              : Promise.reject(error),
          ),
      ),
      corpus: () => corpus('all'),
    };
    loadsByLoader.set(loader, loads);
  }
  return loads;
}

/** One indicator's page data: only its own module (every report's values of it). */
function useIndicatorInput(id: string): IndicatorInput | null {
  const { loader } = useDashboard();
  const data = use(loadsOf(loader).indicator(id));
  return useMemo(() => (data ? { reports: data.reports, entities: data.entities } : null), [data]);
}

/** The index's data: every report (loaded when the index is opened, never with the dashboard). */
function useCorpusInput(): IndicatorInput {
  const { loader } = useDashboard();
  const corpus = use(loadsOf(loader).corpus());
  return useMemo(() => {
    const entities = new Map<string, Entity>();
    for (const r of corpus.reports) for (const e of r.entities) entities.set(e.id, e);
    return { reports: corpus.reports, entities: [...entities.values()] };
  }, [corpus]);
}

function SourceCell({ p }: { p: IndicatorPoint }) {
  const { lang, t } = useDashboard();
  const title = `${localeOf(lang).articleTitle.open}${p.report[localeOf(lang).articleTitle.from]}${localeOf(lang).articleTitle.close}`;
  return (
    <>
      <span className="indicator-source-name">
        {title} · {t('reportedOn', { date: formatDate(p.report.date, lang) })}
      </span>{' '}
      <a href={p.sentenceHref} className="indicator-sentence">
        {/* A cited or table source keeps no text: its link opens the figure in its panel. */}
        {t((p.report.kind ?? 'article') === 'article' ? 'inSentence' : 'inDashboardFigure')}
      </a>
      {p.sourceUrl && (
        <>
          {' · '}
          <a href={p.sourceUrl} rel="noopener noreferrer" target="_blank">
            {t('atAddress')}
          </a>
        </>
      )}
    </>
  );
}

/** `?view=indicators`: every indicator, its unit, bodies, sources and latest value per body. */
export function IndicatorIndex() {
  const { lang, t, href, dataset } = useDashboard();
  const { units } = dataset;
  const input = useCorpusInput();
  const index = useMemo(
    () =>
      buildIndicatorIndex(
        input,
        langQuery(lang),
        (l) => pickText(l, lang),
        (query) => href(new URLSearchParams(query)),
      ),
    [input, lang, href],
  );
  return (
    <section className="indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title" className="section-title">
        {t('indicatorsHeading')}
      </h2>
      <p className="theme-desc">{t('indicatorsIntro')}</p>
      <div className="table-wrap">
        <table className="figure-table indicator-index">
          <caption className="visually-hidden">{t('indicatorsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colIndicator')}</th>
              <th scope="col">{t('colUnit')}</th>
              <th scope="col">{t('colSources')}</th>
              <th scope="col">{t('colLatest')}</th>
            </tr>
          </thead>
          <tbody>
            {index.map((entry) => (
              <tr key={entry.id} data-indicator={entry.id}>
                <th scope="row">
                  <IndicatorLink indicator={entry.id}>{pickText(entry.label, lang)}</IndicatorLink>
                </th>
                <td>{baseUnitName(entry.baseUnit, lang, units)}</td>
                <td className="num">{entry.sources}</td>
                <td>
                  <ul className="indicator-latest">
                    {entry.latest.map((p) => (
                      <li key={p.key} data-entity={p.entity}>
                        <span className="indicator-entity">
                          {pickText(
                            entry.entities.find((e) => e.id === p.entity)?.name ??
                              p.figure.organisation,
                            lang,
                          )}
                        </span>
                        {localeOf(lang).punct.colon}
                        <strong>{formatFigureValue(p.figure, lang, units)}</strong>{' '}
                        {/* On its own line, not in brackets: the period's words hold brackets of their own. */}
                        <span className="indicator-period">{pointPeriod(p, lang, t)}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function rowText(lang: Lang, t: T, model: IndicatorPageModel, units: UnitsTable): RowText {
  const name = (p: IndicatorPoint) =>
    pickText(model.entities.find((e) => e.id === p.entity)?.name ?? p.figure.organisation, lang);
  return {
    head: (p) => `${name(p)} · ${formatFigureValue(p.figure, lang, units)}`,
    detail: (p) =>
      `${pointPeriod(p, lang, t)} · ${t('reportedOn', { date: formatDate(p.report.date, lang) })}`,
    href: (p) => p.sentenceHref,
  };
}

/**
 * The widths the chart is drawn at before its box is measured (at build time, and in the first
 * render in the browser): a phone's column and a desktop's. indicators.css shows the one that fits
 * the box (a container query), so a phone never shows a desktop drawing shrunk to unreadable text.
 */
const UNMEASURED = [
  { width: 280, fit: 'narrow' },
  { width: 640, fit: 'wide' },
] as const;

function IndicatorChart({
  model,
  layout,
  title,
  fit,
}: {
  model: IndicatorPageModel;
  layout: IndicatorChartLayout;
  title: string;
  fit: 'narrow' | 'wide' | 'measured';
}) {
  const { lang } = useDashboard();
  // Drawn in both schemes, and CSS shows the page's (indicators.css): the markup does not depend
  // on the scheme, so the page drawn at build time is right in either before the app runs, with
  // scripts off on a dark system too, and hydrates unchanged. Print shows the light one.
  const svg = useMemo(
    () =>
      SCHEMES.map((scheme) =>
        indicatorChartSvg(layout, {
          scheme,
          font: fontStack(lang),
          title,
          className: `is-${scheme}`,
        }),
      ).join(''),
    [layout, lang, title],
  );
  // A click on a value's row opens its sentence (the table below has the same links as links).
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const href = (e.target as Element).closest?.('[data-href]')?.getAttribute('data-href');
    if (href) window.location.assign(href);
  };
  return (
    <div
      className={`indicator-chart-wrap fit-${fit}`}
      data-series={model.series.length}
      onClick={onClick}
      // Our own markup from our data, every text escaped (indicator-chart.ts).
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

function citations(
  model: IndicatorPageModel,
  style: CitationStyle,
  url: string,
  t: T,
  lang: Lang,
): string {
  const reports = [
    ...new Map(model.series.flatMap((s) => s.points).map((p) => [p.report.id, p.report])).values(),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const title = pickText(model.label, lang);
  const entries = reports.map((meta) => {
    const input: CitationInput = {
      author: authorFromByline(meta.byline ?? { zh: '', en: '' }),
      title: meta.title,
      titleEn: meta.englishTitle,
      republication: meta.republication ?? {
        site: { zh: '', en: '' },
        channel: { zh: '', en: '' },
        date: meta.date,
        url: '',
      },
      dashboard: { title: t('dashboardTitle'), panelTitle: title, url },
      accessed: new Date().toISOString().slice(0, 10),
    };
    return formatCitation(input, style, `indicator-${model.id}`);
  });
  // Each formatted reference is [1] the source and [2] this view: keep every source once and the
  // view once, numbered in order.
  if (style === 'bibtex') {
    const parts = entries.map((e) => e.split('\n\n'));
    return [...parts.map((p) => p[0]!), parts[0]?.[1] ?? ''].filter(Boolean).join('\n\n');
  }
  const lines = entries.map((e) => e.split('\n'));
  const sources = lines.map((l) => l.find((x) => x.startsWith('[1] '))?.slice(4) ?? '');
  const view = lines[0]?.find((x) => x.startsWith('[2] '))?.slice(4);
  return [...sources, ...(view ? [view] : [])].map((x, i) => `[${i + 1}] ${x}`).join('\n');
}

/** `?indicator=<id>`: every value of one indicator, one series per body. */
export function IndicatorPage({ id }: { id: string }) {
  const { state, lang, t, navigate, href, scheme, exportScale, dataset } = useDashboard();
  const { units } = dataset;
  const input = useIndicatorInput(id);
  const model = useMemo(
    () =>
      input
        ? buildIndicatorPageModel(input, id, langQuery(lang), (query) =>
            href(new URLSearchParams(query)),
          )
        : null,
    [input, id, lang, href],
  );
  const ref = useRef<HTMLDivElement>(null);
  // 0 until the box is measured: the page drawn at build time (and its first render in the browser,
  // which must match it) holds a phone's and a desktop's drawing, and CSS shows the one that fits.
  const width = useWidth(ref, 0);
  const [citeOpen, setCiteOpen] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const layouts = useMemo(() => {
    if (!model) return [];
    const text = rowText(lang, t, model, units);
    const widths = width > 0 ? [{ width, fit: 'measured' as const }] : UNMEASURED;
    return widths.flatMap(({ width: w, fit }) => {
      const l = indicatorChartLayout(model, w, text);
      return l ? [{ layout: l, fit }] : [];
    });
  }, [model, width, lang, t, units]);
  const layout = layouts[0]?.layout ?? null;
  const back = (
    <a
      href={href(
        new URLSearchParams({
          ...(state.report ? { report: state.report } : {}),
          ...langQuery(lang),
          view: 'indicators',
        }),
      )}
      className="indicator-back"
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate({ indicator: null, view: 'indicators' });
      }}
    >
      {t('backToIndicators')}
    </a>
  );
  if (!model)
    return (
      <section className="indicator-page">
        {back}
        <p>{t('indicatorNotFound')}</p>
      </section>
    );
  const label = pickText(model.label, lang);
  const names = model.entities.map((e) => pickText(e.name, lang));
  const scopeLines = model.scope
    ? [
        t('scopeNote', { entities: names.join(localeOf(lang).punct.list) }),
        ...model.scope.within.map((w) =>
          t('scopeWithin', { part: pickText(w.part, lang), whole: pickText(w.whole, lang) }),
        ),
      ]
    : [];
  const sourceLine = `${t('sourceCount', { count: model.sources })} · ${t('colUnit')}${localeOf(lang).punct.colon}${baseUnitName(model.baseUnit, lang, units)}`;

  const exportSvg = (): { svg: string; width: number; height: number } | null => {
    if (!model) return null;
    const EXPORT_WIDTH = 720;
    const l = indicatorChartLayout(model, EXPORT_WIDTH, rowText(lang, t, model, units));
    if (!l) return null;
    const top = [label, sourceLine];
    // Every image names its sources (title, date, address), not only this page's address.
    const at = localeOf(lang).articleTitle;
    const sources = [
      ...new Map(model.series.flatMap((s) => s.points).map((p) => [p.report.id, p])).values(),
    ]
      .sort((a, b) => a.report.date.localeCompare(b.report.date))
      .map(
        (p) =>
          `${at.open}${p.report[at.from]}${at.close}, ${p.report.date}${p.sourceUrl ? ` ${p.sourceUrl}` : ''}`,
      );
    const bottom = [
      ...scopeLines,
      t('chartLegend'),
      `${t('colSource')}${localeOf(lang).punct.colon}${sources.join(localeOf(lang).punct.clause)}`,
      window.location.href,
    ];
    const svg = indicatorChartSvg(l, {
      scheme,
      font: fontStack(lang),
      title: label,
      caption: { top, bottom },
      links: true,
    });
    const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? l.height);
    return { svg, width: EXPORT_WIDTH, height };
  };
  const run = (what: 'png' | 'svg' | 'csv') => async () => {
    setFailed(null);
    try {
      const mod = await retryImport(() => import('../../export/indicator-export'));
      if (what === 'csv') {
        const text = mod.indicatorCsv(
          model,
          lang,
          units,
          {
            entity: t('csvEntity'),
            measure: t('csvMeasure'),
            from: t('csvFrom'),
            to: t('csvTo'),
            sentence: t('csvSentence'),
          },
          (p) => pointPeriod(p, lang, t),
          // Each sentence link is a path from the site's root (routes.ts).
          window.location.origin,
        );
        mod.downloadIndicatorCsv(text, model.id, lang);
        return;
      }
      const out = exportSvg();
      if (!out) return;
      if (what === 'svg') mod.downloadIndicatorSvg(out.svg, model.id, lang);
      else await mod.downloadIndicatorPng(out.svg, out, model.id, lang, exportScale);
    } catch (error) {
      console.info('Export failed:', error);
      setFailed(t('exportFailed'));
    }
  };
  const actions: MenuAction[] = [
    ...(layout
      ? [
          { id: 'export-png', label: t('exportPng'), run: run('png') },
          { id: 'export-svg', label: t('exportSvg'), run: run('svg') },
        ]
      : []),
    { id: 'export-csv', label: t('exportCsv'), run: run('csv') },
    { id: 'cite', label: t('cite'), run: () => setCiteOpen(true) },
  ];
  const points = model.series.flatMap((s) => s.points.map((p) => ({ s, p })));
  return (
    <article className="indicator-page panel" data-indicator={model.id} aria-labelledby="ind-title">
      {back}
      <div className="panel-head">
        <h2 id="ind-title" className="panel-title">
          {label}
        </h2>
        <MenuButton
          label={t('panelActions')}
          title={t('panelActionsFor', { title: label })}
          items={actions}
        />
      </div>
      <p className="indicator-meta">
        {t('indicatorIntro', { count: model.sources })} {t('colUnit')}
        {localeOf(lang).punct.colon}
        {baseUnitName(model.baseUnit, lang, units)}
      </p>
      {failed && (
        <p role="alert" className="indicator-failed">
          {failed}
        </p>
      )}
      {scopeLines.length > 0 && (
        <div className="indicator-scope" role="note">
          {scopeLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div ref={ref} className="indicator-chart-box">
        {layout ? (
          layouts.map(({ layout: l, fit }) => (
            <IndicatorChart key={fit} model={model} layout={l} title={label} fit={fit} />
          ))
        ) : (
          <p>{t('noDatedValues')}</p>
        )}
      </div>
      {layout && <p className="indicator-legend">{t('chartLegend')}</p>}
      <div className="table-wrap">
        <table className="figure-table indicator-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colEntity')}</th>
              {/* Values of several sources, some cited: "as written", never 原文 (field-words.ts). */}
              <th scope="col">{pickText(FIELD_WORDS.value.nameCited, lang)}</th>
              <th scope="col">{pickText(FIELD_WORDS.period.name, lang)}</th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map(({ s, p }, i) => (
              <tr
                key={p.key}
                data-series={s.key}
                data-measure={s.measure}
                className={points[i - 1]?.s !== s ? 'series-start' : undefined}
              >
                <th scope="row">
                  {pickText(s.entityName, lang)}
                  <span className="indicator-measure">{t(MEASURE_KEY[s.measure])}</span>
                </th>
                <td className="num">
                  {/* As the source writes it; beneath, in a language that does not read it so. */}
                  <span
                    lang={
                      p.report.language ? sourceTag({ language: p.report.language }) : undefined
                    }
                  >
                    {p.figure.written}
                  </span>
                  {!localeOf(lang).numbers.asWritten && (
                    <span className="num-reading">{formatFigureValue(p.figure, lang, units)}</span>
                  )}
                </td>
                <td>{pointPeriod(p, lang, t)}</td>
                <td>
                  <SourceCell p={p} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DialogButton
        label={t('cite')}
        heading={t('citeHeading', { title: label })}
        open={citeOpen}
        onOpenChange={setCiteOpen}
      >
        {() => (
          <>
            <p>{t('citeIntro')}</p>
            {CITATION_STYLES.map((style) => (
              <CopyField
                key={style}
                label={CITATION_STYLE_NAMES[style]}
                text={citations(model, style, window.location.href, t, lang)}
                rows={style === 'bibtex' ? 12 : 5}
              />
            ))}
          </>
        )}
      </DialogButton>
    </article>
  );
}
