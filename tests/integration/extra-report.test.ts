/**
 * `npm test` does not care which reports are in data/: the unit tests run on a copy of data/ with
 * two extra valid reports, one newer and one older than every real report (copies of the excerpt
 * fixture under new ids, stems and dates: scripts/synthetic-reports.mjs). Both projects of
 * `npm test` run: the tests that read data/ are in `dom` (beside the component tests, which render
 * the fixture corpus) and in `node`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from '../paths';
import { removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';
import { addSyntheticReport } from '../../scripts/synthetic-reports.mjs';

afterAll(removeTempCorpora);

it('npm test passes with a newer and an older extra report in the data folder', () => {
  const dir = tempCorpus([], { from: 'data' });
  // Newer than every real report, yet not in the future (validate-data refuses that): today.
  const today = new Date().toISOString().slice(0, 10);
  addSyntheticReport(dir, 'extra-newer', today);
  addSyntheticReport(dir, 'extra-older', '1999-01-01');
  const validate = spawnSync(
    resolve(root, 'node_modules/.bin/tsx'),
    ['scripts/validate-data.ts', '--data-dir', dir],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  expect(validate.status, validate.stderr).toBe(0);
  expect(validate.stdout).toContain(`validate-data: ok: report extra-newer (${today})`);
  expect(validate.stdout).toContain('validate-data: ok: report extra-older (1999-01-01)');
  const result = spawnSync(
    resolve(root, 'node_modules/.bin/vitest'),
    ['run', '--project', 'node', '--project', 'dom', '--reporter', 'dot'],
    {
      cwd: root,
      env: { ...process.env, DATASET_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
}, 300_000);
