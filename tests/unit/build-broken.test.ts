/**
 * The build's dataset plugin: a corrupted file stops it with the validator's message (in process:
 * the same code `vite build` runs), and a corpus with a second report (the excerpt fixture) builds
 * with no code change (the real `vite build` of it is tests/integration/build.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPlugin } from '../../src/model/dataset-plugin';
import { EXCERPT, SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';

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

const json = (code: string) => JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
/** The data of a report or indicator module (`const own = {…};`, beside the shared files' import). */
const own = (code: string) => {
  expect(code).toContain('import shared from "virtual:shared"');
  return json(
    code
      .split('\n')
      .find((l) => l.startsWith('const own = '))!
      .slice(12),
  );
};

it('serves an index of every report, newest first, and watches every file it read', () => {
  const dir = tempCorpus();
  const { code, watched } = load(dir, 'virtual:dataset-index');
  const index = json(code!.split('\n')[0]!) as {
    reports: { meta: { id: string }; figures: number }[];
  };
  expect(index.reports.map((r) => [r.meta.id, r.figures])).toEqual([
    [SAMPLE, 32],
    [EXCERPT, 7],
  ]);
  // The index holds no figure: each report is a module of its own, imported on demand.
  expect(code).not.toContain('"quote"');
  expect(code).toContain(`() => import("virtual:report/${EXCERPT}")`);
  const indicators = load(dir, 'virtual:indicator-index').code!;
  expect(
    (json(indicators.split('\n')[0]!) as { id: string; reports: string[] }[]).find(
      (i) => i.id === 'festival-warmth-funds',
    )?.reports,
  ).toEqual([SAMPLE, EXCERPT]);
  expect(indicators).toContain('() => import("virtual:indicator/festival-warmth-funds")');
  expect(watched).toContain(join(dir, 'reports', EXCERPT, 'figures.json'));
});

it('serves each report, each indicator and each article as a module of its own', () => {
  const dir = tempCorpus();
  const report = own(load(dir, `virtual:report/${EXCERPT}`).code!) as {
    meta: { id: string };
    figures: { indicator: string }[];
  };
  expect([report.meta.id, report.figures.length]).toEqual([EXCERPT, 7]);
  const indicator = own(load(dir, 'virtual:indicator/festival-warmth-funds').code!) as {
    reports: { meta: { id: string }; figures: { indicator: string }[] }[];
  };
  expect(indicator.reports.map((r) => r.meta.id)).toEqual([SAMPLE, EXCERPT]);
  expect(
    indicator.reports
      .flatMap((r) => r.figures)
      .every((f) => f.indicator === 'festival-warmth-funds'),
  ).toBe(true);
  expect(load(dir, 'virtual:article').code).toContain(`() => import("virtual:article/${EXCERPT}")`);
  expect(Array.isArray(json(load(dir, `virtual:article/${EXCERPT}`).code!))).toBe(true);
  expect(load(dir, 'virtual:report/nope').error).toContain('virtual:report/nope: no such report');
});
