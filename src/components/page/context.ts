import { createContext, useContext } from 'react';
import type { AppDataset } from '../../model/validate';
import type { DataLoader, ReportSummary } from '../../model/loader';
import type { NavigateOptions, ViewState } from '../../state/url-state';
import type { MessageKey } from '../../i18n/strings';
import type { Locale } from '../../i18n/locale';
import type { Lang } from '../../i18n/locales';
import type { PageModel } from '../../view/page-model';

export interface Navigate {
  /** Applies a patch to the view state and records it in the URL (push, or replace). */
  (patch: Partial<ViewState>, options?: NavigateOptions): void;
}

export interface DashboardContextValue {
  dataset: AppDataset;
  /** Every report of the corpus, newest first, as the index lists them (the report selector). */
  reports?: readonly ReportSummary[];
  /** Loads the rest on demand: other reports, indicators, the whole corpus (downloads). */
  loader: DataLoader;
  state: ViewState;
  /** The `#<id>` the address names (a panel the visitor arrived at), or null. */
  target: string | null;
  /**
   * What the formatters are given for the language: the locale object itself (a `Lang`), so a
   * locale the page was handed needs no registry. Its id is `locale.id` (`state.lang`).
   */
  lang: Lang;
  /** The locale: strings, punctuation, tag and direction, number and date rules. */
  locale: Locale;
  /** The locales the page offers, in the language switch's order. */
  locales: readonly Locale[];
  scheme: 'light' | 'dark';
  patterns: boolean;
  /** PNG pixel ratio for exports: 2 (default) or 3. */
  exportScale: number;
  navigate: Navigate;
  /**
   * The address of a page, in path form (src/state/routes.ts) under this site's base, the default
   * report named by no segment; `hash` without `#`. For links: navigate records the state itself.
   */
  href: (page: ViewState | URLSearchParams, hash?: string | null) => string;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Everything the page shows under this state (src/view/page-model.ts): render, don't select. */
  page: PageModel;
  /** The active filter in words, for exports and captions (`page.filterText`). */
  filterText: string;
}

export const DashboardContext = createContext<DashboardContextValue | null>(null);

export function useDashboard(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard outside <DashboardContext.Provider>');
  return value;
}
