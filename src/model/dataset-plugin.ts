/**
 * Vite plugin: validates every report at build (and dev, and test) time and serves the checked
 * corpus as virtual modules, so a broken file fails the build with the validator's messages and
 * the browser never ships zod or re-runs the checks. What the first view loads does not grow with
 * the corpus: the page imports only the index, and each report, indicator and article is its own
 * module (its own chunk), imported when a page needs it (src/model/dataset.ts, README "Data
 * loading"):
 *
 * - `virtual:dataset-index`: the index (src/model/loader.ts `DatasetIndex`: every report's id,
 *   title, date, kind) and a loader per report (`import()` of `virtual:report/<id>`);
 * - `virtual:indicator-index`: every indicator (`IndicatorSummary[]`) and a loader per shared
 *   indicator (`import()` of `virtual:indicator/<id>`): imported by the pages that need it;
 * - `virtual:report/<id>`: one report's page data (`AppDataset`);
 * - `virtual:shared`: the themes, glossary and units table, which every report module and
 *   indicator module imports (one chunk, not a copy per report);
 * - `virtual:indicator/<id>`: one indicator's figures in every report (`IndicatorData`), for each
 *   indicator stated by two reports or more (one report's indicator is cut from its module);
 * - `virtual:dataset`: the whole corpus (`AppCorpus`) in one module, for tests; the page never
 *   imports it (its whole-corpus downloads load every report's module);
 * - `virtual:article`: a loader per report of `virtual:article/<id>`, its readable,
 *   figure-marked article (only the source view imports it).
 *
 * In the build, index.html gets the newest report's title and summary (what a page the browser
 * draws itself shows first). No report's chunk is preloaded: pre-rendered pages carry their data as
 * HTML, and the app loads the report's module when it starts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, sha256 } from './read.ts';
import { formatProblem, toAppCorpus, validateCorpus, type Corpus } from './validate.ts';
import { markArticle } from './article-document.ts';
import {
  defaultReport,
  datasetIndex,
  indicatorData,
  indicatorIndex,
  sharedIndicators,
  type IndicatorData,
} from './loader.ts';
import type { AppCorpus, AppDataset, RawCorpus } from './types.ts';
import { escapeHtml } from './escape-html.ts';

const INDEX = 'virtual:dataset-index';
const INDICATORS = 'virtual:indicator-index';
const CORPUS = 'virtual:dataset';
const ARTICLES = 'virtual:article';
const SHARED = 'virtual:shared';
const REPORT = 'virtual:report/';
const INDICATOR = 'virtual:indicator/';
const ARTICLE = 'virtual:article/';
const PREFIXES = [REPORT, INDICATOR, ARTICLE];

const isOurs = (id: string) =>
  [INDEX, INDICATORS, CORPUS, ARTICLES, SHARED].includes(id) ||
  PREFIXES.some((p) => id.startsWith(p));

interface PluginContext {
  addWatchFile(path: string): void;
  error(message: string): never;
}

interface OutputChunk {
  type: string;
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

interface MinimalPlugin {
  name: string;
  buildStart(): void;
  watchChange(): void;
  resolveId(id: string): string | null;
  load(this: PluginContext, id: string): string | null;
  transformIndexHtml: {
    order: 'post';
    handler(
      html: string,
      ctx?: { bundle?: Record<string, OutputChunk | { type: string }> },
    ): string;
  };
}

/** The validated corpus, or an error listing every problem. */
function checkedOrThrow(raw: RawCorpus): Corpus {
  const { problems, corpus } = validateCorpus(raw, { sha256 });
  if (!corpus)
    throw new Error(
      `validate-data: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}`,
    );
  return corpus;
}

type Checked =
  { corpus: Corpus; app: AppCorpus; paths: string[] } | { error: Error; paths: string[] };

/**
 * The last result per data folder, keyed by the sha256 of everything read from it (every file's
 * text, the reader's problems, the stray files): shared by every instance of the plugin in this
 * process (a config loaded twice, the test projects), so one corpus is validated once, and again
 * only when what is read from disk changes. Reading and hashing the files takes milliseconds;
 * validating them (every numeral of every article) is what takes the time.
 */
const results = new Map<string, { key: string; result: Checked }>();

/** `onValidate` is called each time the corpus is actually validated (for tests). */
export interface DatasetPluginOptions {
  onValidate?: () => void;
}

/**
 * A report's own module: without the shared files (their own module) and without each figure's
 * statement and numeral ranges, which only the build and the validator use (the page marks a
 * figure in its article by its `range`).
 */
const ownPart = ({ themes: _t, glossary: _g, units: _u, ...own }: AppDataset) => ({
  ...own,
  figures: own.figures.map(({ statementRange: _s, numeralRange: _n, ...f }) => f),
});
const withoutUnits = ({ units: _u, ...own }: IndicatorData) => own;

const moduleOf = (value: unknown) => `export default ${JSON.stringify(value)};`;

/** The loaders' import of retryImport (a failed chunk is fetched again on a retry); last, as imports hoist. */
const RETRY = `import { retryImport } from ${JSON.stringify(fileURLToPath(new URL('./retry-import.ts', import.meta.url)))};\n`;

/** `loaders` of the index and of `virtual:article`: `{ "<id>": () => import("<prefix><id>") }`. */
const loaderMap = (prefix: string, ids: readonly string[]) =>
  `{${ids.map((id) => `${JSON.stringify(id)}: () => retryImport(() => import(${JSON.stringify(prefix + id)}))`).join(',')}}`;

/** `dataDir` defaults to $DATASET_DIR or ./data, so tests can build against another copy. */
export function datasetPlugin(
  dataDir = process.env.DATASET_DIR ?? 'data',
  { onValidate }: DatasetPluginOptions = {},
): MinimalPlugin {
  const dir = resolve(dataDir);
  // Every module of a build is cut from one result. A new build, or a change to a watched file in
  // dev, re-reads the files; they are validated again only when what was read differs.
  let checked: Checked | null = null;
  const check = (): Checked => {
    if (checked) return checked;
    const { raw, paths } = readCorpus(dir);
    const key = sha256(JSON.stringify(raw));
    const cached = results.get(dir);
    if (cached?.key === key) return (checked = cached.result);
    onValidate?.();
    let result: Checked;
    try {
      const corpus = checkedOrThrow(raw);
      result = { corpus, app: toAppCorpus(corpus), paths };
    } catch (error) {
      result = { error: error as Error, paths };
    }
    results.set(dir, { key, result });
    return (checked = result);
  };
  return {
    name: 'dataset',
    buildStart() {
      checked = null;
    },
    watchChange() {
      checked = null;
    },
    resolveId(id) {
      return isOurs(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !isOurs(id.slice(1))) return null;
      const name = id.slice(1);
      const result = check();
      // Every file read is watched (also when it is broken, so fixing it rebuilds).
      result.paths.forEach((p) => this.addWatchFile(p));
      if ('error' in result) this.error(result.error.message);
      const { corpus, app } = result;
      const ids = corpus.reports.map((r) => r.meta.id);
      if (name === INDEX)
        return `${moduleOf(datasetIndex(app))}\nexport const reportLoaders = ${loaderMap(REPORT, ids)};\n${RETRY}`;
      if (name === INDICATORS) {
        const indicators = indicatorIndex(app);
        return `${moduleOf(indicators)}\nexport const indicatorLoaders = ${loaderMap(INDICATOR, sharedIndicators(indicators))};\n${RETRY}`;
      }
      if (name === CORPUS) return moduleOf(app);
      if (name === ARTICLES) {
        // Only an article report has a text to read; a cited or table report has no source view.
        const articles = corpus.reports.filter((r) => (r.meta.kind ?? 'article') === 'article');
        return `export default ${loaderMap(
          ARTICLE,
          articles.map((r) => r.meta.id),
        )};\n${RETRY}`;
      }
      const shared = `import shared from ${JSON.stringify(SHARED)};\n`;
      if (name === SHARED) {
        const { themes, glossary, units } = corpus;
        return moduleOf({ themes, glossary, units });
      }
      if (name.startsWith(REPORT)) {
        const report = app.reports.find((r) => r.meta.id === name.slice(REPORT.length));
        if (!report) return this.error(`${name}: no such report in ${dir}`);
        return `${shared}const own = ${JSON.stringify(ownPart(report))};\nexport default { ...shared, ...own };`;
      }
      if (name.startsWith(INDICATOR)) {
        const data = indicatorData(app, name.slice(INDICATOR.length));
        if (!data) return this.error(`${name}: no report states this indicator`);
        return `${shared}const own = ${JSON.stringify(withoutUnits(data))};\nexport default { ...own, units: shared.units };`;
      }
      // The readable article of one report: only the lazily loaded source view pulls it in.
      const r = corpus.reports.find((x) => x.meta.id === name.slice(ARTICLE.length));
      if (!r) return this.error(`${name}: no such report in ${dir}`);
      const sections = [...r.meta.sections].sort((a, b) => a.order - b.order).map((s) => s.id);
      const placed = r.figures.flatMap((f) =>
        f.statementRange ? [{ id: f.id, statementRange: f.statementRange }] : [],
      );
      const { blocks, unplaced } = markArticle(r.article, placed, sections);
      if (unplaced.length > 0)
        this.error(
          `data/reports/${r.meta.id}/figures.json: figures not placed in any article block: ${unplaced.join(', ')}`,
        );
      return moduleOf(blocks);
    },
    transformIndexHtml: {
      // After the build has written its chunks (ctx.bundle), so the default report's file is known.
      order: 'post',
      handler(html) {
        const result = check();
        if ('error' in result) return html; // load() reports the problems
        // The page without ?report= shows the default report: its title, summary and data first.
        const newest = defaultReport(result.corpus.reports).meta;
        // Replacer functions, never replacement strings: a `$&` or `$'` in the data stays as written.
        const title = `<title>${escapeHtml(newest.title)} · 数据仪表板</title>`;
        const summary = escapeHtml(newest.summary.zh);
        const fill = (key: string, text: string) => (page: string) =>
          page.replace(
            new RegExp(`(<[a-z0-9]+ data-report="${key}">)[^<]*(</)`),
            (_, open: string, close: string) => `${open}${escapeHtml(text)}${close}`,
          );
        // The page's own fallback (shown until the app draws, and when its scripts cannot load).
        const filled = fill(
          'summary',
          newest.summary.zh,
        )(fill('title', `《${newest.title}》`)(html));
        return filled
          .replace(/<title>[^<]*<\/title>/, () => title)
          .replace(
            /(<meta\s+name="description"\s+content=")[^"]*(")/,
            (_, open: string, close: string) => `${open}${summary}${close}`,
          );
      },
    },
  };
}
