/**
 * The strict data reader, as the validator and the build use it: a copy of the fixture corpus is
 * broken one way at a time, read with readCorpus and validated, and the first problem must name
 * the file, the place and the cause (not hundreds of errors that follow from it). Then a
 * fast-check property: any bytes either parse to exactly what JSON.parse (or a UTF-8 decoder)
 * gives, or fail with a problem naming the file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { readCorpus, sha256 } from '../../src/model/read';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import { LIMITS, readDataBytes } from '../../src/model/strict-read';
import { codePointString } from './arbitraries';

const SAMPLE = 'xpcc-unions-2023-sample';
const fixture = resolve(__dirname, '../fixtures/corpus');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh copy of the fixture corpus (links followed), with `edit` applied to it. */
function broken(edit: (path: (name: string) => string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'strict-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true, dereference: true });
  edit((name) => (name.includes('/') ? join(dir, name) : join(dir, 'reports', SAMPLE, name)));
  const { problems } = validateCorpus(readCorpus(dir).raw, { sha256 });
  return problems.map(formatProblem);
}
const text = (p: string) => readFileSync(p, 'utf8');
const F = `data/reports/${SAMPLE}`;

/** Keeps article.txt's sha256 in report.json in step with an edited article. */
function setArticle(path: (n: string) => string, article: string | Buffer) {
  writeFileSync(path('article.txt'), article);
  const meta = JSON.parse(text(path('report.json'))) as { sha256: string };
  meta.sha256 = sha256(Buffer.from(article).toString('utf8'));
  writeFileSync(path('report.json'), JSON.stringify(meta, null, 2));
}

it('the unbroken copy validates', () => {
  expect(broken(() => {})).toEqual([]);
});

describe('duplicate JSON keys are refused, not resolved last-wins', () => {
  it('a second "period" in a figure', () => {
    const problems = broken((p) =>
      writeFileSync(
        p('figures.json'),
        text(p('figures.json')).replace(
          '"theme": "hardship-aid",\n    "period"',
          '"theme": "hardship-aid",\n    "period": { "kind": "unspecified" },\n    "period"',
        ),
      ),
    );
    expect(problems[0]).toBe(
      `${F}/figures.json: is not valid JSON: duplicate key "period" at line 21, column 5`,
    );
    // Only the cause: no glossary line calls the figures of the unparsed file unknown.
    expect(problems).toHaveLength(1);
  });

  it('a second "chart" in a panel', () => {
    const problems = broken((p) =>
      writeFileSync(
        p('panels.json'),
        text(p('panels.json')).replace('"chart": "bar",', '"chart": "bar",\n    "chart": "cards",'),
      ),
    );
    expect(problems[0]).toMatch(
      new RegExp(
        `^${F}/panels.json: is not valid JSON: duplicate key "chart" at line 6, column 5$`,
      ),
    );
  });
});

describe('files that are not UTF-8 text', () => {
  it('a GBK-encoded themes.json names the first byte that is not UTF-8', () => {
    const gbk = Buffer.from('[{"id":"x","name":{"zh":"\xcb\xcd\xce\xc2\xc5\xaf"}}]', 'latin1');
    const problems = broken((p) => writeFileSync(p('/themes.json'), gbk));
    expect(problems[0]).toBe(
      'data/themes.json: is not valid UTF-8 (byte 25: 0xcb); save it as UTF-8 (GBK and other encodings are not read)',
    );
    expect(problems.some((l) => l.includes('themes.json: is missing'))).toBe(false);
  });

  it('a lone 0xE9 byte inside a label', () => {
    const problems = broken((p) => {
      const bytes = readFileSync(p('figures.json'));
      const at = bytes.indexOf('“Sending');
      writeFileSync(
        p('figures.json'),
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]),
      );
    });
    expect(problems[0]).toMatch(
      new RegExp(`^${F}/figures.json: is not valid UTF-8 \\(byte \\d+: 0xe9\\)`),
    );
  });

  it('a byte-order mark at the start of figures.json', () => {
    const problems = broken((p) =>
      writeFileSync(p('figures.json'), `\uFEFF${text(p('figures.json'))}`),
    );
    expect(problems[0]).toBe(
      `${F}/figures.json: starts with a UTF-8 byte-order mark (BOM); save it without BOM`,
    );
  });

  it('a byte-order mark at the start of the article, with its sha256 updated', () => {
    const problems = broken((p) => setArticle(p, `\uFEFF${text(p('article.txt'))}`));
    expect(problems).toEqual([
      `${F}/article.txt: starts with a UTF-8 byte-order mark (BOM); save it without BOM`,
    ]);
  });

  it('a NUL byte in the article', () => {
    const problems = broken((p) => setArticle(p, `${text(p('article.txt'))}\u0000`));
    expect(problems).toEqual([
      `${F}/article.txt: holds a NUL byte (is this a binary file?) at line 106, column 1; remove it`,
    ]);
  });
});

describe('line ends, bidi and invisible characters', () => {
  it('an article with CRLF line ends is named as such, once', () => {
    const problems = broken((p) =>
      writeFileSync(p('article.txt'), text(p('article.txt')).replace(/\n/g, '\r\n')),
    );
    expect(problems).toEqual([
      `${F}/article.txt: has CRLF (Windows) line endings (105 of them, the first at line 1, column 1); ` +
        'save it with LF line endings (.gitattributes keeps data files byte for byte)',
    ]);
  });

  it('a right-to-left override before a number in the article', () => {
    const problems = broken((p) =>
      setArticle(p, text(p('article.txt')).replace('2412万元', '\u202E2412万元')),
    );
    expect(problems).toEqual([
      `${F}/article.txt: holds a bidi embedding or override (U+202E) at line 4, column 7; remove it`,
    ]);
  });

  it.each([
    ['\\u202e', 'a bidi embedding or override (U+202E)'],
    ['\u2067', 'a bidi isolate (U+2067)'],
    ['\\u200f', 'a right-to-left mark (U+200F, a bidi control)'],
    ['\u200b', 'a zero-width space (U+200B)'],
    ['\\u0007', 'the control character U+0007'],
  ])('%j in a label, raw or escaped', (inserted, name) => {
    const problems = broken((p) =>
      writeFileSync(
        p('figures.json'),
        text(p('figures.json')).replace('"“Sending', `"${inserted}“Sending`),
      ),
    );
    expect(problems[0]).toBe(
      `${F}/figures.json: holds ${name} in the string at line 17, column 13; remove it`,
    );
  });
});

describe('size limits', () => {
  it(`an article over ${LIMITS.fileBytes} bytes is refused before it is read`, () => {
    const problems = broken((p) =>
      setArticle(p, text(p('article.txt')) + '字'.repeat(LIMITS.fileBytes / 3)),
    );
    expect(problems).toEqual([
      `${F}/article.txt: is 1002964 bytes, more than the limit of ${LIMITS.fileBytes} bytes for a data file`,
    ]);
  });

  it(`a label over ${LIMITS.labelChars} characters`, () => {
    const problems = broken((p) =>
      writeFileSync(
        p('figures.json'),
        text(p('figures.json')).replace('"“Sending', `"${'x'.repeat(400)}“Sending`),
      ),
    );
    expect(problems[0]).toMatch(
      new RegExp(
        `^${F}/figures.json: has a 465-character string at line 17, column 13, more than the limit of 300 for a label$`,
      ),
    );
  });
});

describe('property: any bytes parse to the same data or fail with a named problem', () => {
  const FILE = 'data/x.json';
  const named = (message: string) =>
    /^(is not valid JSON: .* at line \d+, column \d+|is not valid UTF-8 \(byte \d+: 0x[0-9a-f]{2}\).*|starts with a UTF-8 byte-order mark.*|holds .* at line \d+, column \d+.*|has a \d+-character string .*|is \d+ bytes, more than .*)$/.test(
      message,
    );
  const decoded = (bytes: Uint8Array) => {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const lenient = (bytes: Uint8Array): { ok: boolean; value?: unknown } => {
    const s = decoded(bytes);
    if (s === undefined) return { ok: false };
    try {
      return { ok: true, value: JSON.parse(s) };
    } catch {
      return { ok: false };
    }
  };

  function check(bytes: Uint8Array) {
    const result = readDataBytes(bytes, FILE, 'json');
    if (result.ok) {
      const plain = lenient(bytes);
      expect(plain.ok).toBe(true);
      expect(result.value).toStrictEqual(plain.value);
    } else {
      expect(result.problem.file).toBe(FILE);
      expect(named(result.problem.message), result.problem.message).toBe(true);
      // What JSON.parse accepts is refused only for a reason of the strict reader, never as syntax.
      if (lenient(bytes).ok)
        expect(result.problem.message).toMatch(
          /duplicate key|nested deeper|byte-order mark|^holds |character string|bytes, more than/,
        );
    }
  }

  const json = fc
    .jsonValue({ maxDepth: 4 })
    .map((v) => new TextEncoder().encode(JSON.stringify(v, null, 1)));
  /** A valid document with a few bytes overwritten or inserted: mostly broken, sometimes not. */
  const damaged = fc
    .tuple(json, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([doc, at, bytes, insert]) => {
      const i = doc.length === 0 ? 0 : at % doc.length;
      const out = Array.from(doc);
      out.splice(i, insert ? 0 : bytes.length, ...bytes);
      return Uint8Array.from(out);
    });

  it('a "__proto__" key is an own property, as JSON.parse reads it, never the prototype', () => {
    const text = '{"a":1,"__proto__":{"polluted":true},"b":[{"__proto__":null}]}';
    const result = readDataBytes(new TextEncoder().encode(text), FILE, 'json');
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(value).toStrictEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['a', '__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('valid JSON of any shape', () => {
    fc.assert(fc.property(json, check), { numRuns: 300 });
  });

  it('valid JSON with bytes changed', () => {
    fc.assert(fc.property(damaged, check), { numRuns: 500 });
  });

  it('arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), check), { numRuns: 300 });
  });

  it('arbitrary bytes as an article: the decoded text itself, or a named problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          codePointString().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const result = readDataBytes(bytes, 'data/reports/r/article.txt', 'article');
          if (result.ok) expect(result.value).toBe(decoded(bytes));
          else {
            expect(result.problem.file).toBe('data/reports/r/article.txt');
            expect(result.problem.message).toMatch(
              /^(is not valid UTF-8|starts with a UTF-8 byte-order mark|has CRLF|holds .* at line \d+, column \d+)/,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
