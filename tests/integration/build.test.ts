/**
 * One real `vite build` of a corpus with a second report (the excerpt fixture beside the real one):
 * it builds with no code change and the output holds both reports and the newest one's title.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataDir, root } from '../unit/load-data';

const EXCERPT = 'xpcc-unions-2023-excerpt';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  dirs.push(dir);
  cpSync(dataDir, dir, { recursive: true });
  cpSync(resolve(root, 'tests/fixtures/reports', EXCERPT), join(dir, 'reports', EXCERPT), {
    recursive: true,
  });
  return dir;
}

it('vite build builds a corpus with a second report, with no code change', () => {
  const dir = corpusDir();
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
