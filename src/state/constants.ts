/** The values each URL parameter may take (plain constants: no zod in the page bundle). */
import { LOCALE_IDS } from '../i18n/locales';

/** The registered locales' ids (live: a registered locale is a valid `lang` at once). */
export const LANGS: readonly string[] = LOCALE_IDS;
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWS = ['dashboard', 'source'] as const;
/** A panel's tabs; `chart` is the default and never written to the URL. */
export const TABS = ['chart', 'table', 'quotes'] as const;
export type PanelTab = (typeof TABS)[number];
