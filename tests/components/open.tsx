// Opening the page as a reader does: at an address, then waiting until what it loads lazily
// (charts, dialogs, the indicator pages) has appeared, so nothing resolves after the test ends.
import { StrictMode, type ReactElement } from 'react';
import { act, render, type RenderResult } from '@testing-library/react';
import corpus from 'virtual:dataset';
import { App } from '../../src/app/app';
import { ReportRoot } from '../../src/app/report-root';
import { memoryLoader, type DataLoader } from '../../src/model/loader';
import type { AppCorpus } from '../../src/model/types';
import type { Locale } from '../../src/i18n/locale';
import { EXCERPT, fixtureCorpus } from '../fixtures/read-fixtures';

/** The default (newest) report of the fixture corpus these tests render. */
export const dataset = corpus.reports[0]!;

let excerpt: typeof dataset | undefined;
/**
 * The smallest fixture report of the article (the excerpt: 7 figures in 3 panels, all of 2018),
 * for a test whose behaviour does not depend on what the report says: it renders in about a third
 * of the sample's time.
 */
export function smallReport(): typeof dataset {
  excerpt ??= fixtureCorpus([EXCERPT]).reports.find((r) => r.meta.id === EXCERPT)!;
  return excerpt;
}

/**
 * The sample report cut to the panels a test is about (in the report's order): their figures,
 * the key figures among them, their themes, and each event with the figures it still has. A test
 * whose behaviour lies in a few panels renders those, not the other dozen: a page a third the
 * size, in a third of the time (and every role query over it too).
 */
export function panelsOf(ids: readonly string[], report: typeof dataset = dataset): typeof dataset {
  const missing = ids.filter((id) => !report.panels.some((p) => p.id === id));
  if (missing.length > 0)
    throw new Error(`panelsOf: no panel ${missing.join(', ')} in ${report.meta.id}`);
  const panels = report.panels.filter((p) => ids.includes(p.id));
  const kept = new Set(panels.flatMap((p) => p.figures));
  const themes = new Set(panels.map((p) => p.theme));
  return {
    ...report,
    meta: {
      ...report.meta,
      headlineFigures: report.meta.headlineFigures.filter((id) => kept.has(id)),
    },
    panels,
    figures: report.figures.filter((f) => kept.has(f.id)),
    themes: report.themes.filter((th) => themes.has(th.id)),
    events: report.events.map((e) => ({ ...e, figures: e.figures.filter((id) => kept.has(id)) })),
  };
}

/** Renders `ui` at `address` (`''`, `?lang=en` …) and lets its lazy parts load, inside act. */
export async function openPage(address: string, ui: ReactElement): Promise<RenderResult> {
  window.history.replaceState(null, '', `/${address}`);
  let result!: RenderResult;
  await act(async () => {
    result = render(ui);
  });
  return result;
}

/**
 * The dashboard of one report (the fixture's default unless given), optionally under StrictMode,
 * offering the site's locales or those given.
 */
export function openAt(
  address: string,
  {
    report = dataset,
    strict = false,
    locales,
  }: { report?: typeof dataset; strict?: boolean; locales?: readonly Locale[] } = {},
): Promise<RenderResult> {
  const app = locales ? <App dataset={report} locales={locales} /> : <App dataset={report} />;
  return openPage(address, strict ? <StrictMode>{app}</StrictMode> : app);
}

/**
 * The whole page of a corpus (a corpus in memory, or a loader, e.g. one whose loads fail): the
 * report selector when it has several.
 */
export function openCorpus(address: string, data: AppCorpus | DataLoader): Promise<RenderResult> {
  const loader = 'index' in data ? data : memoryLoader(data);
  return openPage(address, <ReportRoot loader={loader} />);
}
