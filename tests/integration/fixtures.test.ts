/**
 * The sample fixture the component tests render is what `npm run excerpt-report` makes of the real
 * report today (tests/fixtures/README.md has the command): when the data changes, this fails until
 * the fixture is rebuilt, so the component tests never drift from the real figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { root } from '../paths';

const SAMPLE = resolve(root, 'tests/fixtures/corpus/reports/xpcc-unions-2023-sample');
const readme = readFileSync(resolve(root, 'tests/fixtures/README.md'), 'utf8');
/** The arguments after `npm run excerpt-report --`, as the README gives them. */
const args = [
  ...readme
    .match(/npm run excerpt-report -- ([\s\S]*?)\n\s*npx prettier/)![1]!
    .matchAll(/"([^"]*)"|(\S+)/g),
]
  .map((m) => m[1] ?? m[2]!)
  .filter((a) => a !== '\\');

it('tests/fixtures/corpus is what the README command builds from data/', () => {
  const out = mkdtempSync(join(tmpdir(), 'sample-'));
  try {
    const rebuilt = args.map((a) =>
      a.startsWith('tests/fixtures/corpus/reports/')
        ? join(out, basename(SAMPLE))
        : a === 'tests/fixtures/corpus/glossary.json'
          ? join(out, 'glossary.json')
          : a,
    );
    const result = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['scripts/excerpt-report.ts', ...rebuilt],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
    for (const name of readdirSync(SAMPLE)) {
      const [made, kept] = [join(out, basename(SAMPLE), name), join(SAMPLE, name)];
      if (name.endsWith('.json')) expect(json(made), name).toEqual(json(kept));
      else expect(readFileSync(made, 'utf8'), name).toBe(readFileSync(kept, 'utf8'));
    }
    expect(json(join(out, 'glossary.json'))).toEqual(
      json(resolve(root, 'tests/fixtures/corpus/glossary.json')),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
