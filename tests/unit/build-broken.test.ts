/**
 * The build's dataset plugin: a corrupted file stops it with the validator's message (in process:
 * the same code `vite build` runs), and a corpus with a second report (the excerpt fixture) builds
 * with no code change (the real `vite build` of it is tests/integration/build.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPlugin } from '../../src/model/dataset-plugin';
import { EXCERPT, SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/corpus';

afterAll(removeTempCorpora);

/** Runs the plugin's load() as Vite would; returns the module text or the error it raised. */
function load(dir: string, id: string): { code?: string; error?: string; watched: string[] } {
  const watched: string[] = [];
  const ctx = {
    addWatchFile: (p: string) => void watched.push(p),
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  try {
    return { code: datasetPlugin(dir).load.call(ctx, `\0${id}`) ?? undefined, watched };
  } catch (error) {
    return { error: (error as Error).message, watched };
  }
}

it('refuses a corrupted report with the validator’s message, naming the report', () => {
  const dir = tempCorpus();
  const path = join(dir, 'reports', EXCERPT, 'figures.json');
  const figures = JSON.parse(readFileSync(path, 'utf8')) as { id: string; theme: string }[];
  figures[0]!.theme = 'no-such-theme';
  writeFileSync(path, JSON.stringify(figures, null, 2));
  const { error } = load(dir, 'virtual:dataset');
  expect(error).toContain(
    `data/reports/${EXCERPT}/figures.json: figure "${figures[0]!.id}" theme: unknown theme "no-such-theme" (not in data/themes.json)`,
  );
});

it('serves every report, newest first, and watches every file it read', () => {
  const dir = tempCorpus();
  const { code, watched } = load(dir, 'virtual:dataset');
  const corpus = JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) as {
    reports: { meta: { id: string }; figures: unknown[] }[];
  };
  expect(corpus.reports.map((r) => [r.meta.id, r.figures.length])).toEqual([
    [SAMPLE, 32],
    [EXCERPT, 7],
  ]);
  expect(watched).toContain(join(dir, 'reports', EXCERPT, 'figures.json'));
  const article = load(dir, 'virtual:article');
  expect(
    Object.keys(JSON.parse(article.code!.replace(/^export default /, '').replace(/;$/, ''))),
  ).toEqual([SAMPLE, EXCERPT]);
});
