import { useCallback, useEffect, useState } from 'react';
import type { AppCorpus } from '../model/types';
import { pickReport } from '../selectors/reports';
import { ReportSelector } from '../components/report-selector';
import { App } from './app';
import '../reports.css';

/**
 * Chooses the report (`?report=<id>`, default the newest) and renders its page. With one report
 * the page is exactly App; with several it adds the report selector. (The indicator pages, which
 * gather every report's values, are App's own: `?indicator=<id>`, `?view=indicators`.)
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
    />
  );
}
