// Modules served by dataset-plugin.ts. (Ambient module declarations cannot use top-level imports.)
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:dataset' {
  const dataset: import('./validate').AppDataset;
  export default dataset;
}

declare module 'virtual:article' {
  /** data/article.txt as readable blocks with every figure's statement marked (build time). */
  const blocks: import('./article-document').ReadableBlock[];
  export default blocks;
}
