/** The two display languages. Every formatter takes one; Chinese is the article's own language. */
export type Lang = 'zh' | 'en';

/** Both languages, Chinese first (the order used wherever both are listed). */
export const LANGS: readonly Lang[] = ['zh', 'en'];
