/**
 * One real `vite build` of a corpus with a second report (the excerpt fixture beside the real one):
 * it builds with no code change and the output holds both reports and the newest one's title.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from '../unit/load-data';
import { EXCERPT, removeTempCorpora, tempCorpus } from '../fixtures/corpus';

afterAll(removeTempCorpora);

it('vite build builds a corpus with a second report, with no code change', () => {
  const dir = tempCorpus();
  const out = join(dir, 'dist');
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
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
    '<title>奋力开创新时代兵团工会工作新局面 · 数据仪表板</title>',
  );
}, 120_000);
