/** The values each URL parameter may take (plain constants: no zod in the page bundle). */
export const LANGS = ['zh', 'en'] as const;
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWS = ['dashboard', 'source'] as const;
/** A panel's tabs; `chart` is the default and never written to the URL. */
export const TABS = ['chart', 'table', 'quotes'] as const;
export type PanelTab = (typeof TABS)[number];
