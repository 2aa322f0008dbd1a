import type { ReactNode } from 'react';
import { useDashboard } from '../components/page/context';
import { Filters } from '../components/filters/filters';
import { HeadlineStrip } from '../components/page/headline-strip';
import { Timeline } from '../components/page/timeline';
import { EmptyState } from '../components/page/feedback';
import { FilterBar } from '../components/filters/filter-bar';
import { CHARTS_ID, ThemeJump } from '../components/page/page-nav';
import { HiddenTargetNotice, ThemeSections } from '../components/page/theme-sections';
import { GlossarySection } from '../components/glossary/glossary';
import { SCALE_KEY, writePref } from './prefs';

/**
 * The dashboard view: filters, what the address points at that they hide, the key figures, the
 * count, the panels by theme (the first theme alone until `allThemes`), the timeline, the
 * glossary. Everything it shows is the page model's.
 */
export function Dashboard({ allThemes, extra }: { allThemes: boolean; extra?: ReactNode }) {
  const { page, state, navigate } = useDashboard();
  const { groups } = page;
  const showAll = () => navigate({ themes: [], year: null }, { keepHash: true });
  return (
    <>
      <FilterBar
        filters={
          <Filters
            onTogglePatterns={() => navigate({ patterns: !state.patterns }, { keepHash: true })}
            onExportScale={(scale) => writePref(SCALE_KEY, String(scale))}
          />
        }
      />
      {page.hiddenTarget && (
        <HiddenTargetNotice
          kind={page.hiddenTarget.kind}
          title={page.hiddenTarget.text}
          onShow={showAll}
        />
      )}
      <HeadlineStrip />
      <div className="charts-head">
        <p className="shown-count" aria-live="polite">
          {page.shownText}
        </p>
        <ThemeJump themes={groups.map((g) => g.theme)} />
      </div>
      <div id={CHARTS_ID} className="charts" tabIndex={-1}>
        {groups.length === 0 ? (
          <EmptyState onReset={() => navigate({ themes: [], year: null })} />
        ) : (
          <ThemeSections groups={allThemes ? groups : groups.slice(0, 1)} />
        )}
      </div>
      <Timeline />
      {extra}
      <GlossarySection />
    </>
  );
}
