/**
 * The REAL corpus (data/, or $DATASET_DIR), read once per worker through the app's own reader and
 * validator. Only the few tests that are about the real data or the curator tools read it; every
 * other unit test runs on the sample (sample-corpus.ts) or on inline records. `dataset` is the
 * 2023 article (`ARTICLE`), chosen by id, never "the newest": a curator adding a report, newer or
 * older, changes nothing these tests see.
 */
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset } from '../../src/model/validate';
import { lookups } from './lookups';
import { dataDir, root } from '../paths';
import type { RawCorpus } from '../../src/model/types';

export { dataDir, root, sha256 };

/** Fresh raw file contents each call, so a test can break its own copy freely. */
export function readRaw(dir = dataDir): RawCorpus {
  return readCorpus(dir).raw;
}

/** The report of the real data these tests read. */
export const ARTICLE = 'xpcc-unions-2023';

export const corpus = loadCorpus(readRaw());
const article = corpus.reports.find((r) => r.meta.id === ARTICLE);
if (!article) throw new Error(`data/reports/${ARTICLE}: missing (the tests read this report)`);
export const dataset: Dataset = article;

/** A figure of the real dataset by id; the figures of one of its panels, in the panel's order. */
export const { figureById, panelFigures } = lookups(dataset);
