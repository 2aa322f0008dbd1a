declare module 'virtual:dataset' {
  const dataset: import('./validate').AppDataset;
  export default dataset;
}

declare module 'virtual:article' {
  /** data/article.txt, byte for byte (its sha256 is checked at build time). */
  const article: string;
  export default article;
}
