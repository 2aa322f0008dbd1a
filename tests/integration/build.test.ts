/**
 * One real `vite build` of a corpus with a second report (the excerpt fixture beside the real one):
 * it builds with no code change and the output holds both reports and the newest one's title.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCorpus } from '../../src/model/read';
import { loadCorpus } from '../../src/model/validate';
import { root } from '../paths';
import { EXCERPT, SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';

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
  // What the page runs before the reader moves (the entry and what it preloads) is the boot script
  // only: no report's figures, and not the index either (pre-rendered pages carry them as HTML).
  // Each report is a module of its own, loaded when the app starts.
  const asset = (href: string) => readFileSync(join(out, href), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" crossorigin src="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const preloads = [...html.matchAll(/rel="modulepreload" crossorigin href="\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const entry = [...scripts, ...preloads].map(asset).join('\n');
  expect(scripts.length).toBeGreaterThan(0);
  // Quotes as the page shows them (the loader closes up the PDF's spaces, as the source view does).
  const corpus = loadCorpus(readCorpus(dir).raw);
  const quotes = (id: string) =>
    corpus.reports.find((r) => r.meta.id === id)!.figures.flatMap((f) => f.quote ?? []);
  for (const id of [SAMPLE, EXCERPT]) {
    expect(
      quotes(id).filter((q) => entry.includes(q)),
      id,
    ).toEqual([]);
    const own = readdirSync(join(out, 'assets')).filter((f) => f.startsWith(`report-${id}-`));
    expect(own, `report-${id}-*.js`).toHaveLength(1);
  }
  expect(entry).not.toContain(EXCERPT);
}, 120_000);
