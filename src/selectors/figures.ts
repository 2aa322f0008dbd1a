/**
 * Pure selectors over figures: filter, count, group. No React, no ECharts.
 * Every function takes plain typed arrays and returns new arrays; inputs are never mutated.
 */
import type { Panel, Theme } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { periodMatchesYear, yearsOfPeriod } from './periods';

export interface FigureFilter {
  /** Theme ids to show; empty means every theme. Unknown ids match nothing. */
  themes: readonly string[];
  /** A calendar year, or null for all years (see periods.ts for what a year keeps). */
  year: number | null;
}

export function matchesFilter(figure: FigureRecord, filter: FigureFilter): boolean {
  const themeOk = filter.themes.length === 0 || filter.themes.includes(figure.theme);
  return themeOk && periodMatchesYear(figure.period, filter.year);
}

export interface Count<K> {
  key: K;
  count: number;
}

/**
 * Every year that some figure falls in, ascending, with how many figures a year filter would keep
 * given the current theme filter (so the counts beside the year options are honest).
 */
export function countYears(
  figures: readonly FigureRecord[],
  filter: FigureFilter,
): Count<number>[] {
  const all = new Set(figures.flatMap((f) => yearsOfPeriod(f.period)));
  return [...all]
    .sort((a, b) => a - b)
    .map((year) => ({
      key: year,
      count: figures.filter((f) => matchesFilter(f, { ...filter, year })).length,
    }));
}

/** Each theme in taxonomy order with the number of figures it holds under the current year filter. */
export function countThemes(
  figures: readonly FigureRecord[],
  themes: readonly Theme[],
  filter: FigureFilter,
): Count<Theme>[] {
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({
      key: theme,
      count: figures.filter((f) => f.theme === theme.id && periodMatchesYear(f.period, filter.year))
        .length,
    }));
}

export interface ThemeGroup<T> {
  theme: Theme;
  items: T[];
}

/** Groups items by theme in taxonomy order; themes with no items are left out. */
export function groupByTheme<T extends { theme: string }>(
  items: readonly T[],
  themes: readonly Theme[],
): ThemeGroup<T>[] {
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({ theme, items: items.filter((i) => i.theme === theme.id) }))
    .filter((g) => g.items.length > 0);
}

export interface PanelView {
  panel: Panel;
  /** The panel's figures that pass the filter, in the panel's order. */
  figures: FigureRecord[];
  /** How many of the panel's figures the filter hides. */
  hidden: number;
}

/**
 * The panels to show under a filter, each with its visible figures, grouped by theme in taxonomy
 * order and, within a theme, in the curator's order of panels.json.
 * A panel whose figures are all filtered out is dropped; a figure id the data lacks is skipped.
 */
export function selectPanels(
  panels: readonly Panel[],
  figures: readonly FigureRecord[],
  themes: readonly Theme[],
  filter: FigureFilter,
): ThemeGroup<PanelView>[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const views: (PanelView & { theme: string })[] = [];
  for (const panel of panels) {
    const members = panel.figures.map((id) => byId.get(id)).filter((f): f is FigureRecord => !!f);
    const visible = members.filter((f) => matchesFilter(f, filter));
    if (visible.length === 0) continue;
    views.push({
      panel,
      theme: panel.theme,
      figures: visible,
      hidden: members.length - visible.length,
    });
  }
  return groupByTheme(views, themes).map((g) => ({
    theme: g.theme,
    // The curator's order (panels.json): the story leads with system-wide figures, not with one
    // family's case that happens to be dated earlier.
    items: g.items.map(({ panel, figures: fs, hidden }) => ({ panel, figures: fs, hidden })),
  }));
}

/** How many distinct figures the visible panels show (a figure in two panels counts once). */
export function countShown(groups: readonly ThemeGroup<PanelView>[]): number {
  return new Set(groups.flatMap((g) => g.items.flatMap((v) => v.figures.map((f) => f.id)))).size;
}

/** Figures by id, in the order asked; unknown ids are skipped. */
export function pickFigures(
  figures: readonly FigureRecord[],
  ids: readonly string[],
): FigureRecord[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return ids.map((id) => byId.get(id)).filter((f): f is FigureRecord => !!f);
}

/** The first panel that charts a figure, for links from the article to the dashboard. */
export function panelOfFigure(panels: readonly Panel[], figureId: string): Panel | undefined {
  return panels.find((p) => p.figures.includes(figureId));
}

/** The caveats of a panel whose figures are all shown (the others speak of hidden bars). */
export function shownCaveats(
  panel: Panel,
  shown: readonly { id: string }[],
): NonNullable<Panel['caveats']> {
  const ids = new Set(shown.map((f) => f.id));
  return (panel.caveats ?? []).filter((c) => c.figures.every((id) => ids.has(id)));
}
