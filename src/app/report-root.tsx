import { startTransition, use, useCallback, useEffect, useState } from 'react';
import type { AppDataset } from '../model/types';
import { pickReportId } from '../selectors/reports';
import { defaultReport, type DataLoader } from '../model/loader';
import { locationParams, reportSwitchHref } from '../state/routes';
import { readParam } from '../state/url-state';
import { ReportSelector } from '../components/page/report-selector';
import { App } from './app';
import { onRootAddressChange } from './address';
import { LoadBoundary, keepLoads } from '../components/page/loadable';
import { t as translate, type MessageKey } from '../i18n/strings';
import { localeOf, sourceTag, type Lang } from '../i18n/locales';
import { currentAddress, useDrawnStart, usePageEnv } from '../components/page/page-env';

/** Per loader, each report's load, kept for `use()` (and kept when it failed, until 重试). */
const byLoader = new WeakMap<DataLoader, (id: string) => Promise<AppDataset>>();
function reportsOf(loader: DataLoader): (id: string) => Promise<AppDataset> {
  let load = byLoader.get(loader);
  if (!load) {
    load = keepLoads((id) => loader.report(id));
    byLoader.set(loader, load);
  }
  return load;
}

/**
 * Chooses the report (`reports/<id>/` in the path, or `?report=<id>`; default the newest) from the index, loads its data (its own
 * chunk; the build preloads the newest's beside the page's code) and renders its page. With one
 * report the page is exactly App; with several it adds the report selector. (The indicator pages,
 * which gather every report's values of one indicator, are App's own: `?indicator=<id>`,
 * `?view=indicators`.) While a report loads the page shows its title from the index; a report that cannot load
 * says so and offers to try again. Switching report keeps the current page until the next is in.
 */
export function ReportRoot({ loader }: { loader: DataLoader }) {
  // The address in the query form the parsers read: the path's report and lang merged in.
  const current = () => locationParams(window.location.pathname, window.location.search);
  const env = usePageEnv();
  // Hydrating: the report the page was drawn with (its path); a `?report=` is adopted after.
  const hydrating = useDrawnStart() && !env.server;
  const [search, setSearch] = useState(() => {
    const { pathname, search } = currentAddress(env);
    return locationParams(pathname, hydrating ? '' : search).toString();
  });
  useEffect(() => {
    // Once, after hydration (only the first render hydrates): the address's `?report=` now counts.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (hydrating && !env.server && window.location.search) setSearch(current().toString());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { reports } = loader.index;
  // Back/forward: the root hears first (address.ts), and says which report the address now names.
  useEffect(
    () =>
      onRootAddressChange(
        () => setSearch(current().toString()),
        () => pickReportId(reports, current().toString()),
      ),
    [reports],
  );
  const defaultId = defaultReport(reports).meta.id;
  const select = useCallback(
    (id: string) => {
      // Another report's page: its dashboard, read as this one is (language, scheme, patterns:
      // PARAMS' `acrossReports`); filters, tabs and figures are per report.
      const { pathname, search } = window.location;
      window.history.pushState(null, '', reportSwitchHref(pathname, search, id, defaultId));
      startTransition(() => setSearch(current().toString()));
    },
    [defaultId],
  );
  const id = pickReportId(reports, search);
  const summary = reports.find((r) => r.meta.id === id)!;
  const locale = localeOf(readParam('lang', search) as Lang);
  const t = (key: MessageKey) => translate(locale.id, key);
  // While the report loads, and if it cannot, the page keeps its title (from the index).
  const masthead = (
    <header className="site-header">
      <div className="masthead">
        <h1 lang={sourceTag(summary.meta)}>《{summary.meta.title}》</h1>
        {locale.articleTitle.from === 'englishTitle' && (
          <p className="title-en">{summary.meta.englishTitle}</p>
        )}
      </div>
    </header>
  );
  return (
    <LoadBoundary
      t={t}
      message={t('reportLoadFailed')}
      className="report-load-failed"
      heading={masthead}
      placeholder={
        <div className="report-loading" aria-busy="true">
          {masthead}
          <p className="chart-loading" role="status">
            {t('loadingReport')}
          </p>
        </div>
      }
    >
      <ReportPage loader={loader} id={id} select={select} />
    </LoadBoundary>
  );
}

function ReportPage({
  loader,
  id,
  select,
}: {
  loader: DataLoader;
  id: string;
  select: (id: string) => void;
}) {
  const dataset = use(reportsOf(loader)(id));
  const { reports } = loader.index;
  const several = reports.length > 1;
  return (
    <App
      key={dataset.meta.id}
      dataset={dataset}
      reports={reports}
      loader={loader}
      header={several ? <ReportSelector onSelect={select} /> : undefined}
    />
  );
}
