/**
 * The real corpus, read from data/ once per test file through the app's own reader. Shared by the
 * unit tests; not a test itself. `dataset` is the current report (the newest).
 * `import.meta.url` is not a file: URL under the jsdom environment, so paths resolve from __dirname.
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { loadCorpus, type Dataset, type FigureRecord } from '../../src/model/validate';
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

/** A figure of the real dataset by id; throws (failing the test) when the data lacks it. */
export function figureById(id: string): FigureRecord {
  const f = dataset.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure "${id}" in ${dataset.meta.id}`);
  return f;
}

/** The figures of one panel of the real dataset, in the panel's order. */
export function panelFigures(panelId: string): FigureRecord[] {
  const panel = dataset.panels.find((p) => p.id === panelId);
  if (!panel) throw new Error(`no panel "${panelId}" in ${dataset.meta.id}`);
  return panel.figures.map(figureById);
}
