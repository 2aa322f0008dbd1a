/**
 * The build's page renderer (`vite build --ssr`, run by scripts/prerender.ts): every page a shared
 * link lands on, rendered to HTML by the same components the browser hydrates, with each chart
 * drawn as inline SVG (draw-chart.ts). Nothing here runs in the browser.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { dataLoader, loadReport, loadIndicators } from '../model/dataset';
import { defaultReport } from '../model/loader';
import { ReportRoot } from '../app/report-root';
import { PageEnvProvider, type DrawSpec, type PageAddress } from '../components/page/page-env';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales';
import type { LocaleId } from '../i18n/locale';
import { locationParams, pageHref } from '../state/routes';
import { parseUrlState } from '../state/url-state';
import { buildPageModel, vocabOf } from '../view/page-model';
import { drawChart, type DrawnChart } from './draw-chart';
import { drawnChartKey } from '../charts/drawn-key';

/** One page to write: its view, and where it lives. */
export interface PageSpec {
  lang: LocaleId;
  /** The report shown; absent for the corpus's default (newest) report. */
  report?: string;
  kind: 'dashboard' | 'source' | 'indicators' | 'indicator' | 'embed';
  /** The indicator's or the embedded panel's id. */
  id?: string;
}

export interface PageHead {
  lang: string;
  dir: string;
  title: string;
  description: string;
  /** The dashboard's own name (og:site_name). */
  site: string;
  /** The report's source line (the share image's foot). */
  source: string;
}

export interface RenderedPage {
  /** The root's inner HTML. */
  html: string;
  head: PageHead;
  /** The charts drawn on the page, in page order (the first is the share image's). */
  charts: DrawnChart[];
}

/** Every page of the corpus, each language: dashboards, article views, indicator pages, embeds. */
export async function pageList(): Promise<PageSpec[]> {
  const { reports } = dataLoader.index;
  const newest = defaultReport(reports).meta.id;
  const indicators = await loadIndicators();
  const pages: PageSpec[] = [];
  for (const { id: lang } of LOCALES) {
    for (const summary of reports) {
      const report = summary.meta.id === newest ? undefined : summary.meta.id;
      pages.push({ lang, report, kind: 'dashboard' });
      if (summary.meta.kind === 'article') pages.push({ lang, report, kind: 'source' });
      const dataset = await loadReport(summary.meta.id);
      for (const panel of dataset.panels) pages.push({ lang, report, kind: 'embed', id: panel.id });
    }
    pages.push({ lang, kind: 'indicators' });
    for (const ind of indicators) pages.push({ lang, kind: 'indicator', id: ind.id });
  }
  return pages;
}

/** The page's address (path form; filters and tabs are never part of a pre-rendered page). */
export function pagePath(page: PageSpec, base = '/'): string {
  const params = new URLSearchParams({ lang: page.lang });
  if (page.report) params.set('report', page.report);
  if (page.kind === 'source' || page.kind === 'indicators') params.set('view', page.kind);
  if (page.kind === 'indicator') params.set('indicator', page.id!);
  if (page.kind === 'embed') params.set('embed', page.id!);
  return pageHref(params, base);
}

/** Renders one page to HTML. Throws on any render error: a page is never written half-drawn. */
export async function renderPage(page: PageSpec, siteUrl = ''): Promise<RenderedPage> {
  // SITE_URL's path is the site's base: links are written under it.
  const site = siteUrl ? new URL(`${siteUrl}/`) : null;
  const origin = site?.origin ?? '';
  const pathname = pagePath(page, site?.pathname ?? '/');
  const address: PageAddress = { pathname, search: '', hash: '', origin };
  const charts: DrawnChart[] = [];
  const drawn = new Map<string, DrawnChart>();
  const draw = (spec: DrawSpec) => {
    // React may render a component more than once (StrictMode, a suspended subtree): draw once.
    const key = drawnChartKey(spec.kind, spec.rows, spec.options);
    let chart = drawn.get(key);
    if (!chart) {
      chart = drawChart(spec);
      drawn.set(key, chart);
      charts.push(chart);
    }
    return chart.html;
  };
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <PageEnvProvider env={{ server: true, address, drawChart: draw }}>
        <ReportRoot loader={dataLoader} />
      </PageEnvProvider>
    </StrictMode>,
    {
      // One chunk: no boundary is outlined and filled in later by an inline script (the CSP
      // allows none), so the HTML is the page as it is.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error);
      },
    },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw errors[0];
  if (/<!--\$[?!]-->|<template|<script/.test(html))
    throw new Error(`${pathname}: the page still holds a loading boundary or a script`);
  return { html, head: await headOf(page), charts };
}

/** The page's head, from its page model: the title the browser keeps once the app runs. */
async function headOf(page: PageSpec): Promise<PageHead> {
  const locale = LOCALES.find((l) => l.id === page.lang) ?? DEFAULT_LOCALE;
  const { reports } = dataLoader.index;
  const reportId = page.report ?? defaultReport(reports).meta.id;
  const dataset = await loadReport(reportId);
  const query = locationParams(pagePath(page), '').toString();
  const { state } = parseUrlState(query, vocabOf(dataset, reports));
  const model = buildPageModel({ dataset, reports, state, indicators: await loadIndicators() });
  return { lang: locale.tag, dir: locale.dir, ...model.head };
}
export { darkSchemeCss } from './draw-chart';
