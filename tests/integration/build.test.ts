/**
 * One real `vite build` of a corpus with a second report (the excerpt fixture beside the real one):
 * it builds with no code change and the output holds both reports and the newest one's title.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCorpus } from '../../src/model/read';
import { loadCorpus } from '../../src/model/validate';
import { root } from '../unit/load-data';
import { EXCERPT, SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/corpus';

afterAll(removeTempCorpora);

it('vite build builds a corpus with a second report, with no code change', () => {
  const dir = tempCorpus();
  // Beside the data folder, not in it: a folder in data/ that the loader does not read is refused.
  const out = `${dir}-dist`;
  onTestFinished(() => rmSync(out, { recursive: true, force: true }));
  const result = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, DATASET_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const js = readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
    .join('\n');
  expect(js).toContain(`"${EXCERPT}"`);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).toContain('<title>奋力开创新时代兵团工会工作新局面 · 数据仪表板</title>');
  // The app's code (the entry and the chunks it shares with embed.html) holds the index, not the
  // figures; the newest report's module (report-<id>) is preloaded beside it.
  const asset = (href: string) => readFileSync(join(out, href), 'utf8');
  // Two entries (index.html, embed.html) share chunks, so the page loads several module scripts.
  const scripts = [...html.matchAll(/<script type="module" crossorigin src="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const preloads = [...html.matchAll(/rel="modulepreload" crossorigin href="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const isReport = (f: string) => /(^|\/)report-/.test(f);
  const entry = [...scripts, ...preloads.filter((f) => !isReport(f))].map(asset).join('\n');
  const preloaded = preloads.filter(isReport).map(asset).join('\n');
  // Quotes as the page shows them (the loader closes up the PDF's spaces, as the source view does).
  const corpus = loadCorpus(readCorpus(dir).raw);
  const quotes = (id: string) =>
    corpus.reports.find((r) => r.meta.id === id)!.figures.flatMap((f) => f.quote ?? []);
  const sample = quotes(SAMPLE);
  expect(entry).toContain(SAMPLE);
  expect(sample.filter((q) => entry.includes(q))).toEqual([]);
  expect(sample.filter((q) => !preloaded.includes(q))).toEqual([]);
  // The older report's figures are not in the first view (only the sample's quotes are).
  const olderOnly = quotes(EXCERPT).filter((q) => !sample.includes(q));
  expect(olderOnly.length).toBeGreaterThan(0);
  expect(olderOnly.filter((q) => preloaded.includes(q) || entry.includes(q))).toEqual([]);
}, 120_000);
