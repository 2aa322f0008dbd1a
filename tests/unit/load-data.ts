/**
 * The real dataset, read from data/ once per test file. Shared by the unit tests; not a test itself.
 * `import.meta.url` is not a file: URL under the jsdom environment, so paths resolve from __dirname.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DATA_FILES,
  loadDataset,
  type Dataset,
  type FigureRecord,
  type RawDataFiles,
} from '../../src/model/validate';

export const root = resolve(__dirname, '../..');

/** Fresh raw file contents each call, so a test can break its own copy freely. */
export function readRaw(): RawDataFiles {
  return Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, file]) => [
      key,
      readFileSync(resolve(root, file), 'utf8'),
    ]),
  ) as RawDataFiles;
}

export const raw: Readonly<RawDataFiles> = readRaw();

export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

export const dataset: Dataset = loadDataset(raw);

/** A figure of the real dataset by id; throws (failing the test) when the data lacks it. */
export function figureById(id: string): FigureRecord {
  const f = dataset.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure "${id}" in ${DATA_FILES.figures}`);
  return f;
}

/** The figures of one panel of the real dataset, in the panel's order. */
export function panelFigures(panelId: string): FigureRecord[] {
  const panel = dataset.panels.find((p) => p.id === panelId);
  if (!panel) throw new Error(`no panel "${panelId}" in ${DATA_FILES.panels}`);
  return panel.figures.map(figureById);
}
