/** The values each URL parameter may take (plain constants: no zod in the page bundle). */
/** The registered locales' ids (live: a registered locale is a valid `lang` at once). */
export { LANGS } from '../format/lang';
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWS = ['dashboard', 'source'] as const;
/** A panel's tabs; `chart` is the default and never written to the URL. */
export const TABS = ['chart', 'table', 'quotes'] as const;
export type PanelTab = (typeof TABS)[number];
