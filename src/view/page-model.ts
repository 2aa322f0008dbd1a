/**
 * The page model: everything one page shows for a report, a view state and a locale, computed
 * once per navigation by one pure function (the page-level twin of a panel's buildPanelModel,
 * src/charts/panel-model.ts). The build's pre-renderer and the browser both render from it, and
 * the components only render their slice of it: no component calls a selector to decide what the
 * filter keeps, so the key figures, the count, the panels, the timeline, the glossary's first
 * uses, the filtered download and the search all follow the same year and theme rule.
 *
 * No React, no DOM, no globals: the units table comes with the report, and every string that
 * depends on the data is made here in the page's locale.
 */
import type { GlossaryTerm } from '../model/glossary';
import type { UnitsTable } from '../model/units';
import type { IndicatorSummary } from '../model/loader';
import type { AppDataset, FigureRecord } from '../model/validate';
import type { Theme } from '../model/schema';
import {
  countShown,
  countThemes,
  countYears,
  selectPanels,
  type Count,
  type FigureFilter,
  type PanelView,
  type ThemeGroup,
} from '../selectors/figures';
import { yearsOfPeriod } from '../selectors/periods';
import { hiddenTargetOf, type HiddenTarget } from '../selectors/hidden-target';
import { toRows, type FigureRow } from '../selectors/rows';
import {
  hiddenReasons,
  selectFilteredFigures,
  selectHeadline,
  selectTimeline,
  type HiddenReason,
} from '../selectors/year-rule';
import { firstUses, glossarySearchEntries, type TermHit } from '../selectors/glossary';
import { indicatorSearchEntries } from '../selectors/indicator-search';
import { buildSearchIndex, type SearchEntry } from '../selectors/search';
import { formatDate, formatPeriod } from '../format';
import { fill, type Locale, type LocaleId } from '../i18n/locale';
import { formatList, t as translate, type MessageKey } from '../i18n/strings';
import { sourceWord } from '../i18n/source-words';
import { LOCALES, localeOf, pickText, type Lang } from '../i18n/locales';
import type { ViewState } from '../state/url-state';

/** The words of the URL a page model can check a state against (its ids, years and terms). */
export interface Vocab {
  themeIds: string[];
  years: number[];
  figureIds: string[];
  panelIds: string[];
  reportIds: string[];
  termIds: string[];
  /** The locale ids `?lang=` may name: the page's locales. */
  langs: string[];
}

/** What the page is: the dashboard, the article, the indicator list or page, one embedded panel. */
export type PageKind = 'dashboard' | 'source' | 'indicators' | 'indicator' | 'embed';

export interface PageInput {
  dataset: AppDataset;
  /** Every report of the corpus as the index lists them (newest first); default: this one. */
  reports?: readonly { meta: { id: string } }[];
  state: ViewState;
  /** The `#<id>` the address names, or null. */
  target?: string | null;
  /** The indicator list (loaded after the first view): searchable once it is in. */
  indicators?: readonly Pick<IndicatorSummary, 'id' | 'label' | 'reports'>[];
  /** This document is embed.html: it shows an embed only, whatever the state says. */
  embedPage?: boolean;
  /** The locales the page offers (`state.lang` is one of their ids); default: the site's. */
  locales?: readonly Locale[];
}

export interface HeadlineModel {
  rows: FigureRow[];
  /** The note on what the year filter hid (and why), or null. */
  hiddenByYear: string | null;
  /** The note on how many the theme filter hid, or null. */
  hiddenByTheme: string | null;
}

export interface TimelineItem {
  id: string;
  start: string;
  date: string;
  label: string;
  note: string | null;
  /** What was counted at it, in words ('职工 2.4万人次；…'), or null. */
  counted: string | null;
  /** The event comes from a photo caption (which dates it but counts nothing). */
  fromCaption: boolean;
}

export interface TimelineModel {
  items: TimelineItem[];
  hiddenByYear: string | null;
  hiddenByTheme: string | null;
}

export interface HeaderModel {
  /**
   * Whose masthead it is: the report's (its dashboard, article view and embeds) or the corpus's
   * (the indicator pages, whose values come from every source: no one report's title heads them).
   */
  scope: 'report' | 'corpus';
  kicker: string;
  /** The source's own title (Chinese for every report so far), without 《》. */
  title: string;
  /** The marks around it: its own language's (《》 for a Chinese title); none on the corpus's. */
  titleMarks: { open: string; close: string };
  /** The English title, shown under it in a locale that reads the English title. */
  titleEn: string | null;
  summary: string;
  /** Where a cited or table report's numbers come from (a report that keeps no text). */
  citedFrom: { lead: string; url: string; site: string; read: string } | null;
  /** The source view exists (only an `article` report keeps its text). */
  hasText: boolean;
  /**
   * Where the page's numbers come from, for its footer and print header: the report's source
   * line, or on the corpus's pages where each value names its source.
   */
  sourceLine: string;
}

export interface HeadModel {
  /** The page's title: the report's, the indicator's, the panel's or the article view's. */
  title: string;
  /** The report's summary (og:description). */
  description: string;
  /** The dashboard's own name (og:site_name). */
  site: string;
  /** The report's source line (a share image's foot). */
  source: string;
}

export interface PageModel {
  kind: PageKind;
  lang: Lang;
  locale: Locale;
  vocab: Vocab;
  filter: FigureFilter;
  /** A theme or a year is chosen. */
  filtered: boolean;
  /** The active filter in words, for exports and captions. */
  filterText: string;
  /** The document's title, description and share lines (the same before and after the app runs). */
  head: HeadModel;
  header: HeaderModel;
  /** The panels the filter shows, by theme. */
  groups: ThemeGroup<PanelView>[];
  visiblePanelIds: ReadonlySet<string>;
  /** Distinct figures in the visible panels, and in the report. */
  shown: number;
  total: number;
  /** The count in words ('显示 12 / 66 项数据'). */
  shownText: string;
  /** What the address points at that the filter hides, or null. */
  hiddenTarget: (HiddenTarget & { text: string }) | null;
  headline: HeadlineModel;
  timeline: TimelineModel | null;
  /**
   * Each theme the report has figures in, and each year, with what choosing it would keep (the
   * filter's options).
   */
  themeCounts: Count<Theme>[];
  yearCounts: Count<number>[];
  glossary: { terms: GlossaryTerm[]; hits: Map<string, TermHit[]> };
  /** The figures a filtered download holds (the same rule as the panels); empty unfiltered. */
  download: FigureRecord[];
  /** The embedded panel (the theme filter never hides it; the year does), or null. */
  embed: PanelView | null;
  /** Every searchable entry: figures, quotes, panels, organisations, terms, indicators. */
  search: SearchEntry[];
}

/** The ids, years and terms of a report: what `?theme=`, `?year=`, `#…` may name. */
export function vocabOf(
  dataset: AppDataset,
  reports: readonly { meta: { id: string } }[] = [dataset],
  locales: readonly Locale[] = LOCALES,
): Vocab {
  return {
    themeIds: dataset.themes.map((th) => th.id),
    years: [...new Set(dataset.figures.flatMap((f) => yearsOfPeriod(f.period)))],
    figureIds: dataset.figures.map((f) => f.id),
    panelIds: dataset.panels.map((p) => p.id),
    reportIds: reports.map((r) => r.meta.id),
    termIds: (dataset.glossary ?? []).map((g) => g.id),
    langs: locales.map((l) => l.id),
  };
}

/** How a title in this language is marked in its own language (《…》 in Chinese). */
function titleMarksOf(language: LocaleId): { open: string; close: string } {
  const { open, close } = localeOf(language).articleTitle;
  return { open, close };
}

/** The indicator pages hold every source's values: their masthead and footer are the corpus's. */
export function isCorpusPage(kind: PageKind): boolean {
  return kind === 'indicator' || kind === 'indicators';
}

export function pageKind(state: ViewState, embedPage = false): PageKind {
  if (state.embed || embedPage) return 'embed';
  if (state.indicator) return 'indicator';
  if (state.view === 'indicators') return 'indicators';
  return state.view === 'source' ? 'source' : 'dashboard';
}

/** The page for a report, a view state and a locale: see the module comment. */
export function buildPageModel(input: PageInput): PageModel {
  const { dataset, state } = input;
  // The locale object, not its id, is what every formatter below is given: a locale the page
  // was handed (a test's) needs no registering anywhere.
  const locale = localeOf(state.lang, input.locales);
  const lang: Lang = locale;
  const units = dataset.units;
  const kind = dataset.meta.kind;
  const t = (key: MessageKey, vars?: Record<string, string | number>) =>
    translate(lang, sourceWord(kind, key), vars);
  const filter: FigureFilter = { themes: state.themes, year: state.year };
  const filtered = filter.themes.length > 0 || filter.year !== null;

  const groups = selectPanels(dataset.panels, dataset.figures, dataset.themes, filter);
  const visiblePanelIds = new Set(groups.flatMap((g) => g.items.map((v) => v.panel.id)));
  const shown = countShown(groups);
  const total = dataset.figures.length;
  const hidden = hiddenTargetOf(
    {
      view: state.view,
      target: input.target ?? null,
      figure: state.figure,
      filter,
      visiblePanelIds,
    },
    dataset,
  );

  const how: Formatting = { lang, units, t };
  const headline = headlineOf(dataset, filter, how);
  const terms = dataset.glossary ?? [];
  // Where each glossary term is first used, in page order (key-figure card labels, then panel
  // titles); one hint per card or title, so a panel stays at four tab stops at most.
  const places = [
    ...headline.rows.map((r) => ({ key: `card:${r.id}`, text: r.label })),
    ...groups.flatMap((g) =>
      g.items.map((v) => ({ key: `panel:${v.panel.id}`, text: pickText(v.panel.title, lang) })),
    ),
  ];

  const hasText = (kind ?? 'article') === 'article';
  const address = dataset.meta.address;
  const page = pageKind(state, input.embedPage);
  return {
    kind: page,
    lang,
    locale,
    vocab: vocabOf(dataset, input.reports),
    filter,
    filtered,
    filterText: filterTextOf(dataset.themes, filter, locale, t),
    head: headOf(input, page, t),
    header: isCorpusPage(page)
      ? {
          scope: 'corpus',
          kicker: '',
          title: t('dashboardTitle'),
          titleMarks: { open: '', close: '' },
          titleEn: null,
          summary: t('corpusSummary', { count: (input.reports ?? [dataset]).length }),
          citedFrom: null,
          hasText,
          sourceLine: t(page === 'indicators' ? 'corpusIndexFooter' : 'corpusFooter'),
        }
      : {
          scope: 'report',
          kicker: `${pickText(dataset.meta.byline, lang)} · ${pickText(dataset.meta.outlet, lang)}`,
          title: dataset.meta.title,
          titleMarks: titleMarksOf(dataset.meta.language),
          titleEn: locale.articleTitle.from === 'englishTitle' ? dataset.meta.englishTitle : null,
          summary: pickText(dataset.meta.summary, lang),
          citedFrom:
            !hasText && address
              ? {
                  lead: t(kind === 'table' ? 'tableFrom' : 'citedFrom'),
                  url: address.url,
                  site: address.site ? pickText(address.site, lang) : new URL(address.url).hostname,
                  read: t('citedRead', { date: formatDate(address.read, lang) }),
                }
              : null,
          hasText,
          sourceLine: pickText(dataset.meta.sourceLine, lang),
        },
    groups,
    visiblePanelIds,
    shown,
    total,
    shownText: t('figuresShown', { shown, total }),
    hiddenTarget: hidden ? { ...hidden, text: pickText(hidden.title, lang) } : null,
    headline,
    timeline: dataset.events.length ? timelineOf(dataset, filter, how) : null,
    // The themes this report has figures in (the taxonomy is the corpus's: a report on stations
    // alone offers no ten empty choices), and any the address chose, so it can be cleared.
    themeCounts: countThemes(dataset.figures, dataset.themes, filter).filter(
      ({ key }) =>
        dataset.figures.some((f) => f.theme === key.id) || filter.themes.includes(key.id),
    ),
    yearCounts: countYears(dataset.figures, filter),
    glossary: { terms, hits: firstUses(places, terms, lang, 1) },
    download: filtered ? selectFilteredFigures(dataset.figures, filter) : [],
    embed: embedOf(dataset, state),
    search: buildSearchIndex(dataset, lang, [
      ...glossarySearchEntries(terms, dataset.panels, lang),
      ...indicatorSearchEntries(input.indicators ?? [], lang),
    ]),
  };
}

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

function headOf(
  { dataset, state, indicators = [], reports, locales }: PageInput,
  kind: PageKind,
  t: T,
): HeadModel {
  const reportCount = (reports ?? [dataset]).length;
  const lang: Lang = localeOf(state.lang, locales);
  const site = t('dashboardTitle');
  const { meta } = dataset;
  const report = t('documentTitle', {
    title: meta[localeOf(lang).articleTitle.from] ?? meta.title,
  });
  const title = (() => {
    switch (kind) {
      case 'indicator': {
        const ind = indicators.find((i) => i.id === state.indicator);
        return `${ind ? pickText(ind.label, lang) : t('viewIndicators')} · ${site}`;
      }
      case 'indicators':
        return `${t('viewIndicators')} · ${site}`;
      case 'embed': {
        const panel = dataset.panels.find((p) => p.id === state.embed);
        return panel ? `${pickText(panel.title, lang)} · ${site}` : report;
      }
      case 'source':
        return `${t('viewSource')} · ${report}`;
      case 'dashboard':
        return report;
    }
  })();
  const ind = kind === 'indicator' ? indicators.find((i) => i.id === state.indicator) : undefined;
  return {
    title,
    description: ind
      ? t('indicatorDescription', { label: pickText(ind.label, lang), count: ind.reports.length })
      : isCorpusPage(kind)
        ? t('corpusSummary', { count: reportCount })
        : pickText(meta.summary, lang),
    site,
    // A share image's foot: the report's source line, or on the corpus's pages what they hold.
    source: isCorpusPage(kind)
      ? t('corpusSummary', { count: reportCount })
      : pickText(meta.sourceLine, lang),
  };
}

/** How the page's data-dependent text is made: its locale, the report's units, its strings. */
interface Formatting {
  lang: Lang;
  units: UnitsTable;
  t: T;
}

/** The key-figure cards the filter keeps, and the notes on what it hid (and, for a year, why). */
function headlineOf(d: AppDataset, f: FigureFilter, { lang, units, t }: Formatting): HeadlineModel {
  const sel = selectHeadline(d.figures, d.meta.headlineFigures, f);
  const rows = toRows(sel.shown, lang, units);
  const reasons = formatList(
    lang,
    hiddenReasons(sel.hiddenByYear).map((r) => reasonText(r, t, lang)),
  );
  const byYear = sel.hiddenByYear.length;
  const byTheme = sel.hiddenByTheme.length;
  return {
    rows,
    hiddenByYear:
      byYear > 0 && f.year !== null
        ? t(rows.length > 0 || byTheme > 0 ? 'headlineHiddenByYear' : 'headlineNoneForYear', {
            count: byYear,
            year: f.year,
            reasons,
          })
        : null,
    hiddenByTheme: byTheme > 0 ? t('headlineHiddenByTheme', { count: byTheme }) : null,
  };
}

/** The dated events the filter keeps, each with what was counted at it that the filter keeps. */
function timelineOf(d: AppDataset, f: FigureFilter, { lang, units, t }: Formatting): TimelineModel {
  const sel = selectTimeline(d.events, d.figures, f);
  const byYear = sel.hiddenByYear.length;
  const byTheme = sel.hiddenByTheme.length;
  const clause = localeOf(lang).punct.clause;
  return {
    items: sel.shown.map(({ event, period, figures }) => {
      const rows = toRows(figures, lang, units);
      return {
        id: event.id,
        start: event.start,
        date: formatPeriod(period, lang),
        label: pickText(event.label, lang),
        note: event.note ? pickText(event.note, lang) : null,
        counted: rows.length ? rows.map((r) => `${r.label} ${r.valueText}`).join(clause) : null,
        fromCaption: event.source === 'caption',
      };
    }),
    hiddenByYear:
      byYear > 0 && f.year !== null
        ? t('timelineHiddenByYear', { count: byYear, year: f.year })
        : null,
    hiddenByTheme: byTheme > 0 ? t('timelineHiddenByTheme', { count: byTheme }) : null,
  };
}

function reasonText(r: HiddenReason, t: T, lang: Lang): string {
  switch (r.kind) {
    case 'span':
      return t('hiddenReasonSpan', { years: localeOf(lang).numberWord(r.years) });
    case 'undated':
      return t('hiddenReasonUndated');
    case 'stock':
      return t('hiddenReasonStock');
    case 'other-year':
      return t('hiddenReasonOtherYear');
  }
}

/** '主题一、主题二；2022年', or '全部' when nothing is chosen. */
function filterTextOf(themes: readonly Theme[], filter: FigureFilter, locale: Locale, t: T) {
  if (filter.themes.length === 0 && filter.year === null) return t('filterAll');
  const { punct, periods } = locale;
  const names = filter.themes.length
    ? filter.themes
        .map((id) => {
          const theme = themes.find((th) => th.id === id);
          return theme ? pickText(theme.name, locale) : id;
        })
        .join(punct.list)
    : t('allThemesInline');
  const year = filter.year === null ? t('allYears') : fill(periods.year, { year: filter.year });
  return `${names}${punct.clause}${year}`;
}

/** The embedded panel with the figures the year keeps (the theme filter does not apply). */
function embedOf(dataset: AppDataset, state: ViewState): PanelView | null {
  if (!state.embed) return null;
  const groups = selectPanels(dataset.panels, dataset.figures, dataset.themes, {
    themes: [],
    year: state.year,
  });
  return groups.flatMap((g) => g.items).find((v) => v.panel.id === state.embed) ?? null;
}
