/**
 * The command-line validator as a curator runs it (one process each, about a second apiece): the
 * real report and the excerpt fixture side by side, then a broken file. The checks themselves are
 * unit-tested in process (tests/unit/validate-broken.test.ts); this proves the CLI wiring: exit
 * codes, which stream, every report named.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from '../paths';
import { EXCERPT, SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';

const ID = EXCERPT;

describe('scripts/validate-data.ts', () => {
  afterAll(removeTempCorpora);
  const run = (dir: string) =>
    spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['scripts/validate-data.ts', '--data-dir', dir],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );

  it('validates the sample and the excerpt side by side, naming each', () => {
    const result = run(tempCorpus());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`validate-data: ok: report ${SAMPLE} (2023-07-24): 32 figures`);
    expect(result.stdout).toContain(`validate-data: ok: report ${ID} (2023-07-01): 7 figures`);
    expect(result.stdout).toContain('2 report(s)');
  }, 60_000);

  it('exits 1 and prints every problem, each under its report', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'reports', ID, 'panels.json'), '[');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`reports/${ID}/panels.json: is not valid JSON`);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('names stray files and a future date (LOW-10), each under its file', () => {
    const dir = tempCorpus();
    const report = join(dir, 'reports', SAMPLE, 'report.json');
    const meta = JSON.parse(readFileSync(report, 'utf8')) as { date: string };
    meta.date = '2099-12-31';
    writeFileSync(report, JSON.stringify(meta, null, 2));
    writeFileSync(join(dir, 'extra.json'), '[]');
    writeFileSync(join(dir, 'reports', SAMPLE, 'figures.backup.json'), '[]');
    const result = run(dir);
    expect(result.status).toBe(1);
    for (const line of [
      `${dir}/extra.json: is a file the dashboard does not read`,
      `${dir}/reports/${SAMPLE}/figures.backup.json: is a file the dashboard does not read`,
      `${dir}/reports/${SAMPLE}/report.json: date: is 2099-12-31, later than today`,
    ])
      expect(result.stderr).toContain(line);
  }, 60_000);
});
