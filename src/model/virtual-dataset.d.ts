// Modules served by dataset-plugin.ts. (Ambient module declarations cannot use top-level imports.)
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:dataset' {
  /** Every validated report, newest first. */
  const corpus: import('./types').AppCorpus;
  export default corpus;
}

declare module 'virtual:article' {
  /** Each report's article.txt as readable blocks with every figure's statement marked (build time). */
  const blocks: Record<string, import('./article-document').ReadableBlock[]>;
  export default blocks;
}
