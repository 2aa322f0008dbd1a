import type { ReactNode } from 'react';
import { useDashboard } from '../components/page/context';
import { SearchBox } from '../components/filters/search-box';
import { sourceTag } from '../i18n/locales';

type View = 'dashboard' | 'source' | 'indicators';

/**
 * The masthead (the source's byline, title and summary; where a cited or table report's numbers
 * come from) and the tools beside it: the views, search and, with several reports, the selector.
 */
export function SiteHeader({ selector }: { selector?: ReactNode }) {
  const { page, state, href, navigate, t, dataset } = useDashboard();
  const { header } = page;
  const shownView: View = state.indicator ? 'indicators' : state.view;
  const viewLink = (view: View, label: string) => (
    <a
      // Where the click goes: the same filters, another view (navigate keeps them too).
      href={href({ ...state, view, figure: null, indicator: null, embed: null })}
      aria-current={shownView === view ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate({ view, figure: null, indicator: null });
      }}
    >
      {label}
    </a>
  );
  return (
    <header className="site-header">
      <div className="masthead">
        {/* Byline and outlet on one line (the outlet states the date): the charts start higher. */}
        {header.kicker && <p className="kicker">{header.kicker}</p>}
        {header.scope === 'report' ? (
          <h1 lang={sourceTag(dataset.meta)}>
            {header.titleMarks.open}
            {header.title}
            {header.titleMarks.close}
          </h1>
        ) : (
          // The dashboard's own name, in the page's language: the values below have many sources.
          <h1>{header.title}</h1>
        )}
        {header.titleEn !== null && <p className="title-en">{header.titleEn}</p>}
        <p className="summary">{header.summary}</p>
        {header.citedFrom && (
          <p className="cited-from">
            {header.citedFrom.lead}{' '}
            <a href={header.citedFrom.url} target="_blank" rel="noopener noreferrer">
              {header.citedFrom.site} ↗
            </a>{' '}
            · {header.citedFrom.read}
          </p>
        )}
      </div>
      <div className="header-tools">
        <nav className="view-nav" aria-label={t('viewNav')}>
          {viewLink('dashboard', t('viewDashboard'))}
          {/* A cited or table report keeps no text: there is no source view to offer. */}
          {header.hasText && viewLink('source', t('viewSource'))}
          {viewLink('indicators', t('viewIndicators'))}
        </nav>
        <SearchBox />
        {/* The report selector, when there are several: beside the views, not a row of its own. */}
        {selector}
      </div>
    </header>
  );
}
