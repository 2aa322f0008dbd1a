/**
 * The real corpus, read from data/ once per test file through the app's own reader. Shared by the
 * unit tests; not a test itself. `dataset` is the current report (the newest).
 * `import.meta.url` is not a file: URL under the jsdom environment, so paths resolve from __dirname.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset } from '../../src/model/validate';
import { lookups } from './lookups';
import type { RawCorpus } from '../../src/model/types';

export const root = resolve(__dirname, '../..');
export const dataDir = resolve(root, 'data');
export { sha256 };

/** Fresh raw file contents each call, so a test can break its own copy freely. */
export function readRaw(dir = dataDir): RawCorpus {
  return readCorpus(dir).raw;
}

export const corpus = loadCorpus(readRaw());
export const dataset: Dataset = corpus.reports[0]!;

/** A figure of the real dataset by id; the figures of one of its panels, in the panel's order. */
export const { figureById, panelFigures } = lookups(dataset);
