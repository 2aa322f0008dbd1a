/**
 * What the address points at that the current filter hides: the `#<panel-id>` (the panel has no
 * figure left under the filter) or `#theme-<id>` (none of its panels is left), else the
 * `?figure=` (the figure does not pass the filter). The dashboard then says so and offers to
 * clear the filter, instead of showing nothing in silence.
 */
import type { Localized, Panel, Theme } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { matchesFilter, type FigureFilter } from './figures';

export interface HiddenTarget {
  kind: 'panel' | 'theme' | 'figure';
  /** The panel's title, the theme's name or the figure's label. */
  title: Localized;
}

export interface HiddenTargetInput {
  view: string;
  /** The `#<id>` of the address, or null. */
  target: string | null;
  /** `?figure=`, or null. */
  figure: string | null;
  filter: FigureFilter;
  /** The panels the filter leaves (with at least one figure). */
  visiblePanelIds: ReadonlySet<string>;
}

export function hiddenTargetOf(
  { view, target, figure, filter, visiblePanelIds }: HiddenTargetInput,
  {
    panels,
    figures,
    themes,
  }: {
    panels: readonly Panel[];
    figures: readonly FigureRecord[];
    themes: readonly Theme[];
  },
): HiddenTarget | undefined {
  if (view !== 'dashboard') return undefined;
  const panel =
    target && !visiblePanelIds.has(target) ? panels.find((p) => p.id === target) : undefined;
  if (panel) return { kind: 'panel', title: panel.title };
  const theme = target?.startsWith('theme-')
    ? themes.find((th) => `theme-${th.id}` === target)
    : undefined;
  const themeShown = (id: string) =>
    panels.some((p) => p.theme === id && visiblePanelIds.has(p.id));
  if (theme && !themeShown(theme.id)) return { kind: 'theme', title: theme.name };
  const record = figure ? figures.find((f) => f.id === figure) : undefined;
  if (record && !matchesFilter(record, filter)) return { kind: 'figure', title: record.label };
  return undefined;
}

/**
 * A title to be set inside the notice's own “…”: its quotes become the inner ‘…’ (English and
 * Chinese both nest so), never a doubled mark (““Sending Warmth” funds…”).
 */
export function nestQuotes(title: string): string {
  return title.replace(/“/gu, '‘').replace(/”/gu, '’');
}
