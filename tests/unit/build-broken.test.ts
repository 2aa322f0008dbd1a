/**
 * A corrupted data file must stop `npm run build` with the validator's message (file, record,
 * field), not a stack trace, and the Vite plugin must refuse it too when Vite runs on its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from './load-data';

const TIMEOUT_MS = 120_000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-broken-'));
  cpSync(resolve(root, 'data'), dir, { recursive: true });
  const path = join(dir, 'figures.json');
  const figures = JSON.parse(readFileSync(path, 'utf8')) as { id: string; theme: string }[];
  figures.find((f) => f.id === 'grassroots-unions')!.theme = 'no-such-theme';
  writeFileSync(path, JSON.stringify(figures, null, 2));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string, args: string[]) {
  return spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, DATASET_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
}

const MESSAGE =
  'figures.json: figure "grassroots-unions" theme: unknown theme "no-such-theme" (not in data/themes.json)';

it(
  'npm run build stops at the validator, printing its message and no stack trace',
  () => {
    const result = run('npm', ['run', 'build', '--', '--outDir', join(dir, 'dist')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(MESSAGE);
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  },
  TIMEOUT_MS,
);

it(
  'vite build on its own is refused by the dataset plugin with the same message',
  () => {
    const result = run(resolve(root, 'node_modules/.bin/vite'), [
      'build',
      '--outDir',
      join(dir, 'dist'),
    ]);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain(MESSAGE);
  },
  TIMEOUT_MS,
);
