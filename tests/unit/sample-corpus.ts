/**
 * The sample fixture report (tests/fixtures/corpus: seven passages of the article, 32 figures in
 * 13 panels), through the app's own reader and validator, with the same lookups as real-corpus.ts.
 * Selector and chart tests run on it; the real corpus is checked by the validator tests.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset } from '../../src/model/validate';
import { lookups } from './lookups';

export const corpus = loadCorpus(readCorpus(resolve(__dirname, '../fixtures/corpus')).raw, {
  sha256,
});
export const dataset: Dataset = corpus.reports[0]!;

/** A figure of the sample by id; the figures of one of its panels, in the panel's order. */
export const { figureById, panelFigures } = lookups(dataset);
