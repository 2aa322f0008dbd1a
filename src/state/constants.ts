/** The values each URL parameter may take (plain constants: no zod in the page bundle). */
/** The registered locales' ids (live: a registered locale is a valid `lang` at once). */
export { LANGS } from '../format/lang';
export const SCHEMES = ['light', 'dark'] as const;
/** `indicators`: the index of indicators (`?indicator=<id>` opens one indicator's page). */
export const VIEWS = ['dashboard', 'source', 'indicators'] as const;
/** A panel's tabs; `chart` is the default and never written to the URL. */
export const TABS = ['chart', 'table', 'quotes'] as const;
export type PanelTab = (typeof TABS)[number];
