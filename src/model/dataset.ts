/**
 * The corpus the app shows: validated at build time by dataset-plugin.ts with the same checks
 * as `npm run validate-data`, so the app can never show a figure the checks would reject.
 */
import corpus from 'virtual:dataset';

export { corpus };
/** The newest report (the default). */
export const dataset = corpus.reports[0]!;
