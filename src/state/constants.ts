/** The values each URL parameter may take (plain constants: no zod in the page bundle). */
/** The site's locale ids (immutable; a page given other locales passes their ids, `langs`). */
export { LANGS } from '../format/lang';
export const SCHEMES = ['light', 'dark'] as const;
/** `indicators`: the index of indicators (`?indicator=<id>` opens one indicator's page). */
export const VIEWS = ['dashboard', 'source', 'indicators'] as const;
/** A panel's tabs; `chart` is the default and never written to the URL. */
export const TABS = ['chart', 'table', 'quotes'] as const;
export type PanelTab = (typeof TABS)[number];

/** The dashboard's chart area: the skip link's target (`#charts`). */
export const CHARTS_ID = 'charts';

/**
 * Element ids the page always has, whatever the data: what `#<id>` may name besides a panel id,
 * `theme-<theme id>` (and its heading `theme-title-<theme id>`) and `term-<glossary term id>`.
 * tests/unit/page-ids.test.ts checks this list against every fixed `id="…"` in src/.
 */
export const PAGE_IDS = [
  'main',
  CHARTS_ID,
  'headline-title',
  'timeline-title',
  'glossary',
  'glossary-title',
  'source-title',
  'indicators-title',
  'ind-title',
  'report-select',
] as const;
