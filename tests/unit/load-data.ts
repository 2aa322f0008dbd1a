/**
 * The real corpus, read from data/ once per test file through the app's own reader. Shared by the
 * unit tests; not a test itself. `dataset` is the 2023 article (`ARTICLE`), chosen by id, never
 * "the newest": a curator adding a report, newer or older, changes nothing these tests see.
 * `import.meta.url` is not a file: URL under the jsdom environment, so paths resolve from __dirname.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset } from '../../src/model/validate';
import { lookups } from './lookups';
import type { RawCorpus } from '../../src/model/types';

export const root = resolve(__dirname, '../..');
/** data/, or $DATASET_DIR (tests/integration/extra-report.test.ts runs these tests on a copy). */
export const dataDir = resolve(root, process.env.DATASET_DIR ?? 'data');
export { sha256 };

/** Fresh raw file contents each call, so a test can break its own copy freely. */
export function readRaw(dir = dataDir): RawCorpus {
  return readCorpus(dir).raw;
}

/** The report whose words the labels review and the formatter examples check. */
export const ARTICLE = 'xpcc-unions-2023';

export const corpus = loadCorpus(readRaw());
const article = corpus.reports.find((r) => r.meta.id === ARTICLE);
if (!article) throw new Error(`data/reports/${ARTICLE}: missing (the tests read this report)`);
export const dataset: Dataset = article;

/** A figure of the real dataset by id; the figures of one of its panels, in the panel's order. */
export const { figureById, panelFigures } = lookups(dataset);
