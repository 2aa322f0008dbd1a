/**
 * Vite plugin: validates every report at build (and dev, and test) time and serves the checked
 * corpus as `virtual:dataset` (and each report's readable, figure-marked article as
 * `virtual:article`). A broken file fails the build with the validator's messages, and the
 * browser never ships zod or re-runs the checks. It also puts the newest report's title and
 * summary into index.html.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from './read.ts';
import { formatProblem, toAppCorpus, validateCorpus, type Corpus } from './validate.ts';
import { markArticle } from './article-document.ts';

const VIRTUAL_IDS = ['virtual:dataset', 'virtual:article'];

interface PluginContext {
  addWatchFile(path: string): void;
  error(message: string): never;
}

interface MinimalPlugin {
  name: string;
  resolveId(id: string): string | null;
  load(this: PluginContext, id: string): string | null;
  transformIndexHtml(html: string): string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Reads and validates the corpus, or throws with every problem. */
export function loadCheckedCorpus(dir: string, watch?: (path: string) => void): Corpus {
  const { raw, paths } = readCorpus(dir);
  paths.forEach((p) => watch?.(p));
  const { problems, corpus } = validateCorpus(raw, { sha256 });
  if (!corpus)
    throw new Error(
      `validate-data: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}`,
    );
  return corpus;
}

/** `dataDir` defaults to $DATASET_DIR or ./data, so tests can build against another copy. */
export function datasetPlugin(dataDir = process.env.DATASET_DIR ?? 'data'): MinimalPlugin {
  const dir = resolve(dataDir);
  return {
    name: 'dataset',
    resolveId(id) {
      return VIRTUAL_IDS.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!VIRTUAL_IDS.some((v) => id === `\0${v}`)) return null;
      let corpus: Corpus;
      try {
        corpus = loadCheckedCorpus(dir, (p) => this.addWatchFile(p));
      } catch (error) {
        this.error((error as Error).message);
      }
      if (id === '\0virtual:dataset')
        return `export default ${JSON.stringify(toAppCorpus(corpus))};`;
      // The readable articles are their own module: only the lazily loaded source view pulls them in.
      const byReport: Record<string, unknown> = {};
      for (const r of corpus.reports) {
        const sections = [...r.meta.sections].sort((a, b) => a.order - b.order).map((s) => s.id);
        const { blocks, unplaced } = markArticle(r.article, r.figures, sections);
        if (unplaced.length > 0)
          this.error(
            `data/reports/${r.meta.id}/figures.json: figures not placed in any article block: ${unplaced.join(', ')}`,
          );
        byReport[r.meta.id] = blocks;
      }
      return `export default ${JSON.stringify(byReport)};`;
    },
    transformIndexHtml(html) {
      let newest;
      try {
        newest = loadCheckedCorpus(dir).reports[0]!.meta;
      } catch {
        return html; // load() reports the problems
      }
      // Replacer functions, never replacement strings: a `$&` or `$'` in the data stays as written.
      const title = `<title>${escapeHtml(newest.title)} · 数据仪表板</title>`;
      const summary = escapeHtml(newest.summary.zh);
      const fill = (key: string, text: string) => (page: string) =>
        page.replace(
          new RegExp(`(<[a-z0-9]+ data-report="${key}">)[^<]*(</)`),
          (_, open: string, close: string) => `${open}${escapeHtml(text)}${close}`,
        );
      // The page's own fallback (shown until the app draws, and when its scripts cannot load).
      html = fill('summary', newest.summary.zh)(fill('title', `《${newest.title}》`)(html));
      return html
        .replace(/<title>[^<]*<\/title>/, () => title)
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          (_, open: string, close: string) => `${open}${summary}${close}`,
        );
    },
  };
}
