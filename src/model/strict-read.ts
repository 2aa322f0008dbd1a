/**
 * The strict data reader: what a data file's bytes must be before anything trusts them. Pure (no
 * Node), so the validator runs the same checks on text a test builds. Every refusal is a
 * `ReadProblem` naming the file and the position (byte offset, or line and column):
 *
 * - every file: at most `LIMITS.fileBytes` bytes; valid UTF-8; no byte-order mark;
 * - an article: LF line ends only (CRLF and lone CR are named as such); no control, bidi or
 *   zero-width character;
 * - a JSON file: strict JSON (`JSON.parse` would keep the last of two equal keys silently: here a
 *   duplicate key is an error), no control, bidi or zero-width character in any string (escaped
 *   or not), no lone surrogate, every string at most `LIMITS.textChars` characters (labels
 *   `LIMITS.labelChars`), nesting at most `LIMITS.depth` deep.
 *
 * A file that passes parses to exactly what `JSON.parse` (or a UTF-8 decoder) would give.
 */

/** Documented in README (Data → Checks). */
export const LIMITS = {
  /** Any data file (article.txt, every JSON file). The article of 2023 is 16 KB. */
  fileBytes: 1_000_000,
  /** Any string in a JSON file (a note, a reason, a quote). */
  textChars: 2_000,
  /** A label (a figure's, a panel's, a theme's: any string under a `label` or `title` key). */
  labelChars: 300,
  /** Nesting of arrays and objects. */
  depth: 64,
} as const;

export class ReadProblem extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReadProblem';
  }
}

/**
 * Characters no data text may hold, with the name the message gives: C0 controls (tab and line
 * feed are allowed where noted), DEL and C1 controls, the bidi embeddings, overrides, isolates
 * and marks (which make `5321` display as `1235`), and the invisible zero-width characters.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffe\uffff]/u;

const NAMES: Record<number, string> = {
  0x00: 'a NUL byte (is this a binary file?)',
  0x0d: 'a carriage return',
  0x061c: 'an Arabic letter mark (U+061C, a bidi control)',
  0x200b: 'a zero-width space (U+200B)',
  0x200c: 'a zero-width non-joiner (U+200C)',
  0x200d: 'a zero-width joiner (U+200D)',
  0x200e: 'a left-to-right mark (U+200E, a bidi control)',
  0x200f: 'a right-to-left mark (U+200F, a bidi control)',
  0x2060: 'a word joiner (U+2060)',
  0xfeff: 'a zero-width no-break space (U+FEFF)',
};

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function describeChar(code: number): string {
  if (NAMES[code]) return NAMES[code]!;
  if (code >= 0x202a && code <= 0x202e) return `a bidi embedding or override (${hex(code)})`;
  if (code >= 0x2066 && code <= 0x2069) return `a bidi isolate (${hex(code)})`;
  return `the control character ${hex(code)}`;
}

/** `line L, column C` (1-based; columns count UTF-16 code units, as editors mostly do). */
export function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The bytes as text: refuses an oversized file, invalid UTF-8 and a byte-order mark. */
export function decodeDataFile(bytes: Uint8Array, file: string): string {
  if (bytes.length > LIMITS.fileBytes)
    throw new ReadProblem(
      file,
      `is ${bytes.length} bytes, more than the limit of ${LIMITS.fileBytes} bytes for a data file`,
    );
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new ReadProblem(
      file,
      `is not valid UTF-8 (byte ${bad}: 0x${bytes[bad]!.toString(16).padStart(2, '0')}); ` +
        'save it as UTF-8 (GBK and other encodings are not read)',
    );
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    throw new ReadProblem(file, 'starts with a UTF-8 byte-order mark (BOM); save it without BOM');
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** The same limits on text already decoded (a test's corpus, or a file read elsewhere). */
function checkDecoded(text: string, file: string): void {
  if (text.charCodeAt(0) === 0xfeff)
    throw new ReadProblem(file, 'starts with a UTF-8 byte-order mark (BOM); save it without BOM');
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes)
    throw new ReadProblem(
      file,
      `is ${bytes} bytes, more than the limit of ${LIMITS.fileBytes} bytes for a data file`,
    );
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/** Refuses an article with CRLF or CR line ends, or a control, bidi or zero-width character. */
export function checkArticle(text: string, file: string): string {
  checkDecoded(text, file);
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const crlf = text.split('\r\n').length - 1;
    throw new ReadProblem(
      file,
      crlf > 0
        ? `has CRLF (Windows) line endings (${crlf} of them, the first at ${position(text, cr)}); ` +
            'save it with LF line endings (.gitattributes keeps data files byte for byte)'
        : `holds a carriage return at ${position(text, cr)}; save it with LF line endings`,
    );
  }
  const bad = FORBIDDEN.exec(text);
  if (bad)
    throw new ReadProblem(
      file,
      `holds ${describeChar(bad[0].codePointAt(0)!)} at ${position(text, bad.index)}; remove it`,
    );
  return text;
}

/** A strict JSON parse: the value `JSON.parse` would give, or a ReadProblem naming the place. */
export function parseStrictJson(text: string, file: string): unknown {
  checkDecoded(text, file);
  return new StrictJson(text, file).document();
}

const LABEL_KEYS = new Set(['label', 'title']);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class StrictJson {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  document(): unknown {
    this.space();
    const value = this.value(0, '');
    this.space();
    if (this.i < this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private fail(message: string, at = this.i): never {
    if (at >= this.text.length)
      message = 'the text ends too early (a bracket or quote is not closed)';
    throw new ReadProblem(this.file, `is not valid JSON: ${message} at ${position(this.text, at)}`);
  }

  private space(): void {
    while (this.i < this.text.length) {
      const c = this.text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.i += 1;
    }
  }

  private value(depth: number, key: string): unknown {
    if (depth > LIMITS.depth) this.fail(`nested deeper than ${LIMITS.depth} levels`);
    const c = this.text[this.i];
    if (c === '{') return this.object(depth, key);
    if (c === '[') return this.array(depth, key);
    if (c === '"') return this.string(key);
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    return this.fail(
      c === undefined ? 'the text ends too early' : `unexpected ${JSON.stringify(c)}`,
    );
  }

  /** `context`: the nearest enclosing `label` or `title` key, whose strings have the label limit. */
  private object(depth: number, context: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.i += 1;
    this.space();
    if (this.text[this.i] === '}') {
      this.i += 1;
      return out;
    }
    for (;;) {
      this.space();
      const at = this.i;
      if (this.text[this.i] !== '"') this.fail('expected a quoted key');
      const key = this.string('');
      if (seen.has(key)) this.fail(`duplicate key ${JSON.stringify(key)}`, at);
      seen.add(key);
      this.space();
      if (this.text[this.i] !== ':') this.fail('expected ":"');
      this.i += 1;
      this.space();
      const v = this.value(depth + 1, LABEL_KEYS.has(key) ? key : context);
      // As JSON.parse does: `__proto__` is an own property, never the prototype. Only that key is
      // defined as a property: every key so would leave the object in V8's slow dictionary mode.
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = v;
      this.space();
      const c = this.text[this.i];
      this.i += 1;
      if (c === '}') return out;
      if (c !== ',') this.fail('expected "," or "}"', this.i - 1);
    }
  }

  private array(depth: number, key: string): unknown[] {
    const out: unknown[] = [];
    this.i += 1;
    this.space();
    if (this.text[this.i] === ']') {
      this.i += 1;
      return out;
    }
    for (;;) {
      this.space();
      out.push(this.value(depth + 1, key));
      this.space();
      const c = this.text[this.i];
      this.i += 1;
      if (c === ']') return out;
      if (c !== ',') this.fail('expected "," or "]"', this.i - 1);
    }
  }

  /** A string (the opening quote at this.i), checked for forbidden characters and length. */
  private string(key: string): string {
    const start = this.i;
    this.i += 1;
    let out = '';
    for (;;) {
      PLAIN.lastIndex = this.i;
      out += PLAIN.exec(this.text)![0];
      this.i = PLAIN.lastIndex;
      const c = this.text[this.i];
      if (c === '"') break;
      if (c === undefined) this.fail('a string is not closed', start);
      if (c !== '\\') this.fail('a raw control character inside a string');
      const e = this.text[this.i + 1];
      if (e === 'u') {
        const h = this.text.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail('a bad \\u escape');
        out += String.fromCharCode(parseInt(h, 16));
        this.i += 6;
      } else if (e !== undefined && ESCAPES[e] !== undefined) {
        out += ESCAPES[e];
        this.i += 2;
      } else this.fail('a bad escape');
    }
    this.i += 1;
    this.checkString(out, start, key);
    return out;
  }

  private checkString(s: string, at: number, key: string): void {
    // Where, only for a problem: working out a line and column scans the text before `at`, and
    // doing it for every string made reading a file quadratic in its length.
    const where = () => `in the string at ${position(this.text, at)}`;
    const bad = FORBIDDEN.exec(s);
    if (bad)
      throw new ReadProblem(
        this.file,
        `holds ${describeChar(bad[0].codePointAt(0)!)} ${where()}; remove it`,
      );
    if (LONE_SURROGATE.test(s))
      throw new ReadProblem(this.file, `holds a lone surrogate (a broken \\u escape) ${where()}`);
    const limit = LABEL_KEYS.has(key) ? LIMITS.labelChars : LIMITS.textChars;
    if (s.length > limit)
      throw new ReadProblem(
        this.file,
        `has a ${s.length}-character string at ${position(this.text, at)}, more than the limit of ${limit}` +
          (LABEL_KEYS.has(key) ? ` for a ${key}` : ''),
      );
  }
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };

/** A data file's bytes as checked data: JSON parsed strictly, an article checked as text. */
export function readDataBytes(
  bytes: Uint8Array,
  file: string,
  kind: 'json' | 'article',
): ReadResult<unknown> {
  try {
    const text = decodeDataFile(bytes, file);
    return {
      ok: true,
      value: kind === 'json' ? parseStrictJson(text, file) : checkArticle(text, file),
    };
  } catch (error) {
    if (error instanceof ReadProblem) return { ok: false, problem: error };
    throw error;
  }
}
