/**
 * Vite plugin: validates the data files at build (and dev, and test) time and serves the checked
 * dataset as `virtual:dataset` (and the readable, figure-marked article as `virtual:article`). A broken file fails the build with the validator's messages, and
 * the browser never ships zod or re-runs the checks.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DATA_FILES,
  formatProblem,
  toAppDataset,
  validateDataset,
  type RawDataFiles,
} from './validate.ts';
import { markArticle } from './article-document.ts';

const VIRTUAL_IDS = ['virtual:dataset', 'virtual:article'];

interface MinimalPlugin {
  name: string;
  resolveId(id: string): string | null;
  load(
    this: { addWatchFile(path: string): void; error(message: string): never },
    id: string,
  ): string | null;
}

/** `dataDir` defaults to $DATASET_DIR or ./data, so tests can build against a corrupted copy. */
export function datasetPlugin(dataDir = process.env.DATASET_DIR ?? 'data'): MinimalPlugin {
  const dir = resolve(dataDir);
  return {
    name: 'dataset',
    resolveId(id) {
      return VIRTUAL_IDS.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!VIRTUAL_IDS.some((v) => id === `\0${v}`)) return null;
      const raw = {} as RawDataFiles;
      for (const [key, file] of Object.entries(DATA_FILES) as [keyof RawDataFiles, string][]) {
        const path = join(dir, file.replace(/^data\//, ''));
        this.addWatchFile(path);
        try {
          raw[key] = readFileSync(path, 'utf8');
        } catch {
          this.error(`${file}: cannot be read from ${path}`);
        }
      }
      const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
      const { problems, dataset } = validateDataset(raw, { sha256 });
      if (!dataset) {
        this.error(
          `validate-data: ${problems.length} problem(s)\n${problems.map(formatProblem).join('\n')}`,
        );
      }
      if (id === '\0virtual:dataset')
        return `export default ${JSON.stringify(toAppDataset(dataset!))};`;
      // The readable article is its own module: only the lazily loaded source view pulls it in.
      const { blocks, unplaced } = markArticle(dataset!.article, dataset!.figures);
      if (unplaced.length > 0)
        this.error(
          `data/figures.json: figures not placed in any article block: ${unplaced.join(', ')}`,
        );
      return `export default ${JSON.stringify(blocks)};`;
    },
  };
}
