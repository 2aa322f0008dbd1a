// Modules served by dataset-plugin.ts. (Ambient module declarations cannot use top-level imports.)
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:dataset-index' {
  /** Every report (newest first): what the first view imports. */
  const index: import('./loader').DatasetIndex;
  export default index;
  /** Per report id: imports `virtual:report/<id>` (its own chunk). */
  export const reportLoaders: Record<
    string,
    () => Promise<{ default: import('./types').AppDataset }>
  >;
}

declare module 'virtual:indicator-index' {
  /** Every indicator, by id. */
  const indicators: import('./loader').IndicatorSummary[];
  export default indicators;
  /** Per indicator stated by two reports or more: imports `virtual:indicator/<id>` (its own chunk). */
  export const indicatorLoaders: Record<
    string,
    () => Promise<{ default: import('./loader').IndicatorData }>
  >;
}

declare module 'virtual:dataset' {
  /** Every validated report, newest first, in one module (for tests; the page never imports it). */
  const corpus: import('./types').AppCorpus;
  export default corpus;
}

declare module 'virtual:article' {
  /** Per report id: imports its article.txt as readable blocks with every figure's statement marked. */
  const articles: Record<
    string,
    () => Promise<{ default: import('./article-document').ReadableBlock[] }>
  >;
  export default articles;
}
