import { useCallback, useEffect, useState } from 'react';
import type { AppCorpus } from '../model/types';
import { pickReport } from '../selectors/reports';
import { ReportSelector } from '../components/report-selector';
import { App } from './app';
import { LoadBoundary, loadable } from '../components/loadable';
import '../reports.css';

// Only a corpus of several reports shows it: load it with the first such page, not with every page.
const OverTimeView = loadable(() => import('../components/over-time').then((m) => m.OverTimeView));

/**
 * Chooses the report (`?report=<id>`, default the newest) and renders its page. With one report
 * the page is exactly App; with several it adds the report selector and the over-time view.
 */
export function ReportRoot({ corpus }: { corpus: AppCorpus }) {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const select = useCallback((id: string) => {
    const params = new URLSearchParams();
    const lang = new URLSearchParams(window.location.search).get('lang');
    if (lang) params.set('lang', lang);
    params.set('report', id);
    window.history.pushState(null, '', `?${params.toString()}`);
    setSearch(window.location.search);
  }, []);
  const dataset = pickReport(corpus.reports, search);
  const several = corpus.reports.length > 1;
  return (
    <App
      key={dataset.meta.id}
      dataset={dataset}
      reports={corpus.reports}
      header={several ? <ReportSelector onSelect={select} /> : undefined}
      main={
        several ? (
          <LoadBoundary placeholder={null}>
            <OverTimeView />
          </LoadBoundary>
        ) : undefined
      }
    />
  );
}
