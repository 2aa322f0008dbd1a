/**
 * The curator tools as a curator runs them (one process each), given a bad argument or a bad
 * file one way at a time: each answers with one line naming what is wrong, the documented exit
 * code (2 for a bad argument, 1 for refused input) and no stack trace, and curated data is
 * unchanged afterwards (a checksum of the whole data folder). Runs on a copy of the fixture corpus.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const SAMPLE = 'xpcc-unions-2023-sample';
const work = mkdtempSync(join(tmpdir(), 'curator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the fixture corpus (links followed) as a data directory. */
function dataCopy(name: string): string {
  const dir = join(work, name);
  cpSync(resolve(root, 'tests/fixtures/corpus'), dir, { recursive: true, dereference: true });
  return dir;
}

/** A checksum of every file under `dir` (names and bytes). */
function checksum(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function run(script: string, args: string[], dataDir: string) {
  const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, DATASET_DIR: dataDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the tool and checks: the exit code, one line on stderr matching, data unchanged. */
function refuses(script: string, args: string[], dataDir: string, status: number, line: RegExp) {
  const before = checksum(dataDir);
  const r = run(script, args, dataDir);
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(line);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(checksum(dataDir)).toBe(before);
  return r;
}

describe('excerpt-report never overwrites curated work', () => {
  const data = dataCopy('excerpt-data');
  const source = join(data, 'reports', SAMPLE);
  const glossary = join(data, 'glossary.json');

  it('refuses the source folder as its output', () => {
    refuses(
      'excerpt-report',
      [source, source, SAMPLE, '1-3'],
      data,
      2,
      /^excerpt-report: <out-dir> .* is \(or holds\) the source/,
    );
  });

  it('refuses an existing report folder in the data directory, even with --force', () => {
    mkdirSync(join(data, 'reports', 'other'), { recursive: true });
    writeFileSync(join(data, 'reports', 'other', 'report.json'), '{}');
    refuses(
      'excerpt-report',
      [source, join(data, 'reports', 'other'), 'other', '1-3', '--force'],
      data,
      1,
      /^excerpt-report: .*reports\/other is curated data in .*; it is never overwritten$/,
    );
  });

  it('refuses to write its glossary onto the shared glossary, even with --force', () => {
    const out = join(work, 'ex1', 'ex1');
    refuses(
      'excerpt-report',
      [source, out, 'ex1', '1-3', '--glossary', glossary, glossary, '--force'],
      data,
      2,
      /^excerpt-report: glossary copy .*glossary.json is \(or holds\) the source/,
    );
    const other = join(work, 'other-glossary.json');
    writeFileSync(other, readFileSync(glossary));
    refuses(
      'excerpt-report',
      [source, out, 'ex1', '1-3', '--glossary', other, glossary],
      data,
      1,
      /glossary.json is curated data in .*; it is never overwritten$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an existing output folder unless --force, then replaces it whole', () => {
    const out = join(work, 'ex2', 'ex2');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'keep.txt'), 'curated');
    refuses(
      'excerpt-report',
      [source, out, 'ex2', '1-3'],
      data,
      1,
      /ex2 exists already; pass --force to replace it, or remove it$/,
    );
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('curated');
    const r = run('excerpt-report', [source, out, 'ex2', '1-15', '--force'], data);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'keep.txt'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toMatchObject({ id: 'ex2' });
    expect(readdirSync(join(work, 'ex2'))).toEqual(['ex2']); // no temporary folder left
  });

  it.each<[string, string[], RegExp]>([
    ['a path as the id', ['../../etc'], /"\.\.\/\.\.\/etc" is not a report id/],
    ['an upper-case id', ['Ex3'], /"Ex3" is not a report id/],
    ['a folder not named after the id', ['ex4'], /must be a folder named after <new-id> "ex4"/],
  ])('refuses %s', (_, [id], line) => {
    refuses('excerpt-report', [source, join(work, 'ex3', 'ex3'), id!, '1-3'], data, 2, line);
  });

  it.each<[string, string[], RegExp]>([
    ['--glossary without its two paths', ['--glossary'], /--glossary needs 2 values/],
    ['an unknown option', ['--frce'], /unknown option --frce/],
    ['a bad line range', ['1-x'], /bad line range "1-x"/],
  ])('answers %s with one line, exit 2', (_, extra, line) => {
    const out = join(work, 'ex5', 'ex5');
    const args =
      extra[0] === '1-x' ? [source, out, 'ex5', '1-x'] : [source, out, 'ex5', '1-3', ...extra];
    refuses('excerpt-report', args, data, 2, line);
    expect(existsSync(out)).toBe(false);
  });
});

describe('new-report refuses bad arguments and files that are not UTF-8 text', () => {
  const data = dataCopy('new-data');
  const file = (name: string, bytes: string | Buffer) => {
    const p = join(work, name);
    writeFileSync(p, bytes);
    return p;
  };
  const ok = file('ok.txt', '兵团共有3523家工会。\n');

  it.each<[string, () => string[], number, RegExp]>([
    [
      'a missing article',
      () => [join(work, 'nope.txt'), 'r1'],
      2,
      /^new-report: cannot read article .*nope.txt: no such file or directory/,
    ],
    [
      'a folder as the article',
      () => [work, 'r1'],
      2,
      /^new-report: article .* is a folder, not a file/,
    ],
    [
      '--data-dir without a value',
      () => [ok, 'r1', '--data-dir'],
      2,
      /^new-report: --data-dir needs a value/,
    ],
    [
      'an unknown option',
      () => [ok, 'r1', '--update-all'],
      2,
      /^new-report: unknown option --update-all/,
    ],
    [
      'an id of 300 characters',
      () => [ok, 'a'.repeat(300)],
      2,
      /is not a report id \(kebab-case: .* at most 80 characters\)/,
    ],
    ['a path as the id', () => [ok, '../evil'], 2, /"\.\.\/evil" is not a report id/],
    [
      'an existing id',
      () => [ok, SAMPLE],
      1,
      /reports\/xpcc-unions-2023-sample exists already; pick another id, or draft only its unclaimed numerals with: npm run new-report -- --update xpcc-unions-2023-sample$/,
    ],
    [
      'a GBK article',
      () => [file('gbk.txt', Buffer.from([0xb1, 0xf8, 0xcd, 0xc5, 0x33, 0x35])), 'r1'],
      1,
      /gbk.txt is not valid UTF-8 \(byte 0: 0xb1\); save it as UTF-8/,
    ],
    [
      'a binary file',
      () => [file('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00])), 'r1'],
      1,
      /bin.txt holds the control character U\+007F at line 1, column 1/,
    ],
    [
      'an empty file',
      () => [file('empty.txt', ''), 'r1'],
      1,
      /empty.txt is empty: there is nothing to draft$/,
    ],
    [
      'a CRLF article',
      () => [file('crlf.txt', '共有\r\n3523家\r\n'), 'r1'],
      1,
      /crlf.txt has CRLF \(Windows\) line endings \(2 of them/,
    ],
    [
      'a bidi override',
      () => [file('rlo.txt', '共\u202E5321家\n'), 'r1'],
      1,
      /rlo.txt holds a bidi embedding or override \(U\+202E\) at line 1, column 2/,
    ],
  ])('%s', (_, args, status, line) => {
    refuses('new-report', args(), data, status, line);
    expect(existsSync(join(data, 'reports', 'r1'))).toBe(false);
  });

  it('names a broken units.json instead of a stack trace', () => {
    const broken = dataCopy('new-data-units');
    writeFileSync(join(broken, 'units.json'), '{"written": {');
    refuses(
      'new-report',
      [ok, 'r1'],
      broken,
      1,
      /units.json is not valid JSON: the text ends too early/,
    );
  });
});

describe('locate rejects what it does not understand', () => {
  const data = dataCopy('locate-data');

  it.each<[string, string[], RegExp]>([
    ['--report without an id', ['--report'], /^locate: --report needs a value/],
    [
      'an unknown report',
      ['--report', 'nope', '兵团'],
      /^locate: no report "nope" under .* \(there: xpcc-unions-2023-sample\)/,
    ],
    ['a quote taken as the id', ['--report', '困难职工 18389 户'], /^locate: missing <quote>/],
    ['an unknown option', ['--reprot', 'x', '兵团'], /^locate: unknown option --reprot/],
  ])('%s: one line, exit 2', (_, args, line) => {
    refuses('locate', args, data, 2, line);
  });
});

describe('validate-data names the cause, once', () => {
  it('a CRLF checkout of the article is one line saying CRLF', () => {
    const data = dataCopy('crlf-data');
    const article = join(data, 'reports', SAMPLE, 'article.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/\n/g, '\r\n'));
    const r = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['scripts/validate-data.ts', '--data-dir', data],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'validate-data: 1 problem(s)',
      expect.stringMatching(
        /reports\/xpcc-unions-2023-sample\/article.txt: has CRLF \(Windows\) line endings \(105 of them/,
      ),
    ]);
  });

  it('--data-dir without a value is a usage error', () => {
    refuses(
      'validate-data',
      ['--data-dir'],
      dataCopy('v-data'),
      2,
      /^validate-data: --data-dir needs a value/,
    );
  });
});
