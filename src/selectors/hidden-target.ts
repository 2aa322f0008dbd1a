/**
 * What the address points at that the current filter hides: the `#<panel-id>` (the panel has no
 * figure left under the filter), else the `?figure=` (the figure does not pass the filter). The
 * dashboard then says so and offers to clear the filter, instead of showing nothing in silence.
 */
import type { Localized, Panel } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { matchesFilter, type FigureFilter } from './figures';

export interface HiddenTarget {
  kind: 'panel' | 'figure';
  /** The panel's title or the figure's label. */
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
  { panels, figures }: { panels: readonly Panel[]; figures: readonly FigureRecord[] },
): HiddenTarget | undefined {
  if (view !== 'dashboard') return undefined;
  const panel =
    target && !visiblePanelIds.has(target) ? panels.find((p) => p.id === target) : undefined;
  if (panel) return { kind: 'panel', title: panel.title };
  const record = figure ? figures.find((f) => f.id === figure) : undefined;
  if (record && !matchesFilter(record, filter)) return { kind: 'figure', title: record.label };
  return undefined;
}
