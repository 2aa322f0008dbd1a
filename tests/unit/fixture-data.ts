/**
 * The sample fixture report (tests/fixtures/corpus: seven passages of the article, 32 figures in
 * 13 panels), through the app's own reader and validator, with the same helpers as load-data.ts.
 * Selector and chart tests run on it; the real corpus is checked by the validator tests.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset, type FigureRecord } from '../../src/model/validate';

export const corpus = loadCorpus(readCorpus(resolve(__dirname, '../fixtures/corpus')).raw, {
  sha256,
});
export const dataset: Dataset = corpus.reports[0]!;

/** A figure of the sample by id; throws (failing the test) when the fixture lacks it. */
export function figureById(id: string): FigureRecord {
  const f = dataset.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure "${id}" in the fixture ${dataset.meta.id}`);
  return f;
}

/** The figures of one panel of the sample, in the panel's order. */
export function panelFigures(panelId: string): FigureRecord[] {
  const panel = dataset.panels.find((p) => p.id === panelId);
  if (!panel) throw new Error(`no panel "${panelId}" in the fixture ${dataset.meta.id}`);
  return panel.figures.map(figureById);
}
