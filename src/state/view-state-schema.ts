/**
 * The shape of the view state, as a zod schema. The type is inferred from it; the URL parser's
 * tests check every parse result against it. The page imports only the type and the constants
 * (url-state.ts checks each value against the data's vocabulary itself), so zod stays out of the
 * page bundle.
 */
import { z } from 'zod';

import { LANGS, SCHEMES, TABS, VIEWS } from './constants';

export const viewStateSchema = z.strictObject({
  themes: z.array(z.string()),
  year: z.number().int().nullable(),
  /** A registered locale's id. */
  lang: z.string().refine((id) => LANGS.includes(id), 'is not a registered locale'),
  /** null: follow the system's prefers-color-scheme. */
  scheme: z.enum(SCHEMES).nullable(),
  view: z.enum(VIEWS),
  /** A figure to highlight in the source view. */
  figure: z.string().nullable(),
  /** The tab each panel shows, for panels not on their chart (`tab=panel-id:table,…`). */
  tabs: z.record(z.string(), z.enum(TABS.filter((t) => t !== 'chart') as ['table', 'quotes'])),
  /** Stronger stripes on 余/多 bars and their legend, for colour-blind readers. */
  patterns: z.boolean(),
  /** A panel id: render that panel alone (for an iframe). */
  embed: z.string().nullable(),
  /** The report shown (`?report=`); null: the newest. */
  report: z.string().nullable(),
  /** An indicator's page (`?indicator=<id>`): every source's values of it; null: none. */
  indicator: z.string().nullable(),
});
export type ViewState = z.infer<typeof viewStateSchema>;
