/**
 * The validator and its CLI (`scripts/validate-data.ts --data-dir DIR`) on broken copies of data/.
 * Every problem must name the file, the record and the field, and every problem is printed at once.
 * The CLI is spawned at most 12 times (each run costs about a second); further cases go through
 * `validateDataset` + `formatProblem` directly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type {
  ArticleEvent,
  ArticleMeta,
  Exclusion,
  Figure,
  Panel,
  Theme,
} from '../../src/model/schema';
import { CHINESE_NUMERAL_CHARS, tokenizeNumerals, unwrap } from '../../src/model/numerals';
import {
  DATA_FILES,
  formatProblem,
  validateDataset,
  type DataFileKey,
  type RawDataFiles,
} from '../../src/model/validate';
import { dataset, raw, root, sha256 } from './load-data';

const CLI_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;
const TSX = resolve(root, 'node_modules/.bin/tsx');

interface JsonShapes {
  figures: Figure[];
  panels: Panel[];
  exclusions: Exclusion[];
  meta: ArticleMeta;
  themes: Theme[];
  events: ArticleEvent[];
}

/** A copy of `files` with one JSON file parsed, edited in place and written back. */
function editJson<K extends keyof JsonShapes>(
  files: RawDataFiles,
  key: K,
  edit: (json: JsonShapes[K]) => void,
): RawDataFiles {
  const json = JSON.parse(files[key]) as JsonShapes[K];
  edit(json);
  return { ...files, [key]: JSON.stringify(json, null, 2) };
}

function figureIn(figures: Figure[], id: string): Figure {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`test data lacks figure "${id}"`);
  return f;
}

function panelIn(panels: Panel[], id: string): Panel {
  const p = panels.find((x) => x.id === id);
  if (!p) throw new Error(`test data lacks panel "${id}"`);
  return p;
}

/**
 * What one output line must be: `<dir>/<file>: <line>` exactly, or (with `prefix`) starting with
 * it and containing every `contains` part. `<dir>` is `data` for formatProblem, the temp dir for
 * the CLI.
 */
interface ExpectedLine {
  file: string;
  line: string;
  prefix?: boolean;
  contains?: string[];
}

function expectLines(output: string, dir: string, expected: readonly ExpectedLine[]): void {
  const lines = output.split(/\r?\n/);
  for (const e of expected) {
    const head = `${join(dir, e.file)}: ${e.line}`;
    const match = lines.find((l) =>
      e.prefix
        ? l.startsWith(head) && (e.contains ?? []).every((part) => l.includes(part))
        : l === head,
    );
    expect(
      match,
      `no line ${e.prefix ? 'starting with' : 'equal to'} ${head}\n--- output:\n${output}`,
    ).toBeDefined();
  }
}

interface BrokenCase {
  name: string;
  break: (files: RawDataFiles) => RawDataFiles;
  expected: ExpectedLine[];
  /** The exact number of problems, where the breakage determines it. */
  count?: number;
}

// ---- the breakages, each derived from the real data ----------------------------------------

const shifted = figureIn(JSON.parse(raw.figures) as Figure[], 'union-aid-funds-raised');
const shiftedRange = { start: shifted.range.start + 1, end: shifted.range.end + 1 };
const shiftedText = unwrap(raw.article.slice(shiftedRange.start, shiftedRange.end));

const firstExclusion = (JSON.parse(raw.exclusions) as Exclusion[])[0]!;
const firstExclusionTokens = tokenizeNumerals(raw.article).filter(
  (t) => firstExclusion.range.start <= t.start && t.end <= firstExclusion.range.end,
);

/** A character no figure, exclusion or event quotes and that is no numeral: safe to change. */
const editablePosition = (() => {
  const ranges = [
    ...dataset.figures.map((f) => f.range),
    ...dataset.exclusions.map((e) => e.range),
    ...dataset.events.map((e) => e.range),
  ];
  for (let i = raw.article.length - 1; i >= 0; i -= 1) {
    const ch = raw.article[i]!;
    const quoted = ranges.some((r) => r.start <= i && i < r.end);
    if (
      !quoted &&
      /\p{Script=Han}/u.test(ch) &&
      !CHINESE_NUMERAL_CHARS.includes(ch) &&
      ch !== '甲'
    ) {
      return i;
    }
  }
  throw new Error('no unquoted Han character in the article');
})();
const changedArticle =
  raw.article.slice(0, editablePosition) + '甲' + raw.article.slice(editablePosition + 1);

const CLI_CASES: BrokenCase[] = [
  {
    name: 'bad JSON in figures.json',
    break: (files) => ({ ...files, figures: files.figures.slice(0, files.figures.length >> 1) }),
    expected: [{ file: 'figures.json', line: 'is not valid JSON: ', prefix: true }],
    count: 1,
  },
  {
    name: 'a figure missing `unit`',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        delete (figureIn(fs, 'grassroots-unions') as Partial<Figure>).unit;
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" unit: ',
        prefix: true,
        contains: ['"家"'],
      },
    ],
    count: 1,
  },
  {
    name: 'a misspelt key `qualifer`',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        const f = figureIn(fs, 'cultural-sports-events') as Partial<Figure> & { qualifer?: string };
        f.qualifer = f.qualifier;
        delete f.qualifier;
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "cultural-sports-events"',
        prefix: true,
        contains: ['nrecognized key', 'qualifer'],
      },
      { file: 'figures.json', line: 'figure "cultural-sports-events" qualifier: ', prefix: true },
    ],
    count: 2,
  },
  {
    name: 'a range shifted by one',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'union-aid-funds-raised').range = { ...shiftedRange };
      }),
    expected: [
      {
        file: 'figures.json',
        line:
          `figure "union-aid-funds-raised" range: quote "${shifted.quote}" not found at ` +
          `${shiftedRange.start}..${shiftedRange.end} (the text there is "${shiftedText}")`,
      },
    ],
  },
  {
    name: 'an unknown theme',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').theme = 'nope';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" theme: unknown theme "nope" (not in data/themes.json)',
      },
      {
        file: 'panels.json',
        line: 'panel "grassroots-unions" figures: figure "grassroots-unions" belongs to theme "nope", not "union-organisation"',
      },
    ],
    count: 2,
  },
  {
    name: 'a duplicate id',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        fs.push(structuredClone(figureIn(fs, 'grassroots-unions')));
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" id: duplicate id "grassroots-unions"',
      },
      {
        file: 'exclusions.json',
        line: 'coverage: numeral "3523" at ',
        prefix: true,
        contains: [
          'is claimed more than once: figure "grassroots-unions", figure "grassroots-unions"',
        ],
      },
    ],
    count: 2,
  },
  {
    name: 'a wrong base value',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').base.value = 3532;
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" base.value: is 3532 but value × unit factor = 3523 × 1 = 3523',
      },
    ],
    count: 1,
  },
  {
    name: 'a wrong qualifier (exact on 1600余场)',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'cultural-sports-events').qualifier = 'exact';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "cultural-sports-events" qualifier: is "exact" but the text says 余/多 ("1600余场"): use "more_than"',
      },
    ],
    count: 1,
  },
  {
    name: 'an exclusion removed',
    break: (files) => editJson(files, 'exclusions', (es) => void es.shift()),
    expected: firstExclusionTokens.map((t) => ({
      file: 'exclusions.json',
      line: `coverage: numeral "${unwrap(t.text)}" at ${t.start}..${t.end} (`,
      prefix: true,
      contains: [
        "is neither a figure's value in data/figures.json nor listed in data/exclusions.json",
      ],
    })),
    count: firstExclusionTokens.length,
  },
  {
    name: 'one changed article character',
    break: (files) => ({ ...files, article: changedArticle }),
    expected: [
      {
        file: 'article.txt',
        line:
          `sha256 ${sha256(changedArticle)} differs from ${dataset.meta.sha256} in data/article.json; ` +
          'the article must stay byte for byte as published',
      },
    ],
    count: 1,
  },
];

/** Cases checked through validateDataset only. */
const MORE_CASES: BrokenCase[] = [
  {
    name: 'an impossible calendar date (30 February)',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').period = { kind: 'as-of', date: '2022-02-30' };
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" period.date: is not a real calendar date',
      },
    ],
    count: 1,
  },
  {
    name: 'a Chinese numeral whose value disagrees (两 recorded as 3)',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        const f = figureIn(fs, 'red-flag-worker-homes');
        f.value = 3;
        f.base = { ...f.base, value: 3 };
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "red-flag-worker-homes" value: is 3 but the numeral "两" is worth 2',
      },
    ],
    count: 1,
  },
  {
    name: 'figures.json is not an array',
    break: (files) => ({ ...files, figures: '{}' }),
    expected: [{ file: 'figures.json', line: 'must be a JSON array of figure records' }],
    count: 1,
  },
  {
    name: 'an id that is not kebab-case',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'union-members').id = 'Union_Members';
      }),
    expected: [
      { file: 'figures.json', line: 'figure "Union_Members" id: must be kebab-case', prefix: true },
    ],
    count: 1,
  },
  {
    name: 'an unknown section',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').section = 'nope';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" section: unknown section "nope" (not in data/article.json sections)',
      },
    ],
    count: 1,
  },
  {
    name: 'a numeral written in digits',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').numeral = '3523';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" numeral: is only for numbers not written in Arabic digits; remove it',
      },
    ],
    count: 1,
  },
  {
    name: 'a span whose from is after to',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'workers-visited').period = { kind: 'span', from: 2023, to: 2018 };
      }),
    expected: [
      { file: 'figures.json', line: 'figure "workers-visited" period: span "from" is after "to"' },
    ],
    count: 1,
  },
  {
    name: 'a date range that ends before it starts',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        const f = figureIn(fs, 'bargaining-contest-teams');
        if (f.period.kind !== 'date') throw new Error('expected a date period');
        f.period = { ...f.period, start: '2023-06-13', end: '2023-06-12' };
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "bargaining-contest-teams" period: date "end" is before "start"',
      },
    ],
    count: 1,
  },
  {
    name: 'a month that does not exist',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').period = { kind: 'as-of', date: '2022-13-01' };
      }),
    expected: [
      { file: 'figures.json', line: 'figure "grassroots-unions" period.date: ', prefix: true },
    ],
    count: 1,
  },
  {
    name: 'a range past the end of the article',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').range = { start: 99_990, end: 99_999 };
      }),
    expected: [
      {
        file: 'figures.json',
        line: `figure "grassroots-unions" range: 99990..99999 runs past the end of data/article.txt (${raw.article.length} characters)`,
      },
    ],
  },
  {
    name: 'a unit the quote does not state and the base unit does not allow',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').unit = '元';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" base.unit: "organisations" cannot be counted in 元 (allowed units: 个 家)',
      },
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" quote: does not state the value 3523 followed by its unit 元',
      },
    ],
  },
  {
    name: 'more_than on a figure the text states exactly',
    break: (files) =>
      editJson(files, 'figures', (fs) => {
        figureIn(fs, 'grassroots-unions').qualifier = 'more_than';
      }),
    expected: [
      {
        file: 'figures.json',
        line: 'figure "grassroots-unions" qualifier: is "more_than" but the text has no 余/多 ("3523家"): use "exact"',
      },
    ],
    count: 1,
  },
  {
    name: 'an unknown headline figure',
    break: (files) => editJson(files, 'meta', (m) => void m.headlineFigures.push('nope')),
    expected: [{ file: 'article.json', line: 'headlineFigures: unknown figure "nope"' }],
    count: 1,
  },
  {
    name: 'an unknown figure in a panel',
    break: (files) =>
      editJson(files, 'panels', (ps) => void panelIn(ps, 'hardship-funds').figures.push('nope')),
    expected: [
      { file: 'panels.json', line: 'panel "hardship-funds" figures: unknown figure "nope"' },
    ],
    count: 1,
  },
  {
    name: 'a bar panel that mixes base units',
    break: (files) =>
      editJson(
        files,
        'panels',
        (ps) => void panelIn(ps, 'hardship-funds').figures.push('hardship-worker-satisfaction'),
      ),
    expected: [
      {
        file: 'panels.json',
        line: 'panel "hardship-funds" chart: a bar chart shares one axis, but its figures are counted in yuan, percent',
      },
    ],
    count: 1,
  },
  {
    name: 'a bullet panel of non-percentages',
    break: (files) =>
      editJson(files, 'panels', (ps) => {
        panelIn(ps, 'hardship-funds').chart = 'bullet';
      }),
    expected: [
      {
        file: 'panels.json',
        line: 'panel "hardship-funds" chart: a bullet chart shows rates on a 0–100% scale; every figure must be a percentage',
      },
    ],
    count: 1,
  },
  {
    name: 'a panel listing a figure twice',
    break: (files) =>
      editJson(
        files,
        'panels',
        (ps) => void panelIn(ps, 'hardship-funds').figures.push('central-aid-funds-allocated'),
      ),
    expected: [
      { file: 'panels.json', line: 'panel "hardship-funds" figures: lists a figure twice' },
    ],
    count: 1,
  },
  {
    name: 'figures left out of every panel',
    break: (files) =>
      editJson(
        files,
        'panels',
        (ps) =>
          void ps.splice(
            ps.findIndex((p) => p.id === 'entrepreneurship'),
            1,
          ),
      ),
    expected: panelFiguresOf('entrepreneurship').map((id) => ({
      file: 'panels.json',
      line: `figure "${id}" figures: appears in no panel and no headline card`,
    })),
    count: panelFiguresOf('entrepreneurship').length,
  },
  {
    name: 'an exclusion whose range misses its text',
    break: (files) =>
      editJson(files, 'exclusions', (es) => {
        es[0]!.range = { start: firstExclusion.range.start + 1, end: firstExclusion.range.end + 1 };
      }),
    expected: [
      {
        file: 'exclusions.json',
        line:
          `exclusion #0 ("${firstExclusion.text}") range: text "${firstExclusion.text}" not found at ` +
          `${firstExclusion.range.start + 1}..${firstExclusion.range.end + 1} (the text there is "`,
        prefix: true,
      },
    ],
  },
  {
    name: 'an event naming an unknown figure',
    break: (files) =>
      editJson(files, 'events', (es) => {
        es[0]!.figures = [...es[0]!.figures, 'nope'];
      }),
    expected: [
      {
        file: 'events.json',
        line: `event "${(JSON.parse(raw.events) as ArticleEvent[])[0]!.id}" figures: unknown figure "nope"`,
      },
    ],
    count: 1,
  },
  {
    name: 'two themes with one order',
    break: (files) =>
      editJson(files, 'themes', (ts) => {
        ts[1]!.order = ts[0]!.order;
      }),
    expected: [{ file: 'themes.json', line: 'theme "1" order: duplicate order "1"' }],
    count: 1,
  },
];

function panelFiguresOf(id: string): string[] {
  return panelIn(JSON.parse(raw.panels) as Panel[], id).figures;
}

// ---- validateDataset + formatProblem ------------------------------------------------------

function validate(files: RawDataFiles) {
  const result = validateDataset(files, { sha256 });
  return { ...result, text: result.problems.map(formatProblem).join('\n') };
}

describe('validateDataset on broken data', () => {
  it('the unbroken data has no problems (so every problem below comes from its breakage)', () => {
    expect(validate({ ...raw }).problems).toEqual([]);
  });

  it.each([...CLI_CASES, ...MORE_CASES].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { problems, dataset: loaded, text } = validate(c.break({ ...raw }));
    expect(loaded).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    if (c.count !== undefined) expect(problems, text).toHaveLength(c.count);
    expectLines(text, 'data', c.expected);
  });

  it('never throws, even when every file is empty', () => {
    const empty = Object.fromEntries(Object.keys(DATA_FILES).map((k) => [k, ''])) as RawDataFiles;
    const { problems, dataset: loaded } = validateDataset(empty, { sha256 });
    expect(loaded).toBeUndefined();
    const files = new Set(problems.map((p) => p.file));
    // Every JSON file is reported on its own.
    for (const key of [
      'meta',
      'figures',
      'themes',
      'panels',
      'exclusions',
      'events',
    ] as DataFileKey[]) {
      expect(files).toContain(DATA_FILES[key]);
    }
  });

  it('reports problems in other files when one file does not parse', () => {
    const broken = editJson({ ...raw, figures: '[' }, 'themes', (ts) => {
      ts[1]!.order = ts[0]!.order;
    });
    const { text } = validate(broken);
    expectLines(text, 'data', [
      { file: 'figures.json', line: 'is not valid JSON: ', prefix: true },
      { file: 'themes.json', line: 'theme "1" order: duplicate order "1"' },
    ]);
  });

  it('reports a problem in every broken record, not only the first', () => {
    const broken = editJson({ ...raw }, 'figures', (fs) => {
      figureIn(fs, 'grassroots-unions').qualifier = 'more_than';
      figureIn(fs, 'cultural-sports-events').qualifier = 'exact';
      figureIn(fs, 'union-members').base.value = 1;
    });
    const { problems, text } = validate(broken);
    expect(problems.map((p) => `${p.record} ${p.field}`).sort()).toEqual([
      'figure "cultural-sports-events" qualifier',
      'figure "grassroots-unions" qualifier',
      'figure "union-members" base.value',
    ]);
    expect(text).toContain('figure "union-members" base.value: is 1 but value × unit factor');
  });
});

// ---- the CLI -----------------------------------------------------------------------------

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Copies data/ to a fresh temp dir, applies `breakFiles` there, runs the CLI on it. */
function runCli(breakFiles: (files: RawDataFiles) => RawDataFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'validate-broken-'));
  tempDirs.push(dir);
  cpSync(resolve(root, 'data'), dir, { recursive: true });
  const fileOf = (key: DataFileKey) => join(dir, DATA_FILES[key].replace(/^data\//, ''));
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const copy = Object.fromEntries(
    keys.map((k) => [k, readFileSync(fileOf(k), 'utf8')]),
  ) as RawDataFiles;
  const broken = breakFiles({ ...copy });
  for (const k of keys) if (broken[k] !== copy[k]) writeFileSync(fileOf(k), broken[k], 'utf8');
  const result = spawnSync(TSX, ['scripts/validate-data.ts', '--data-dir', dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
    /** How the CLI names the copied directory in its messages. */
    label: relative(root, dir),
  };
}

describe('scripts/validate-data.ts on broken copies of data/', () => {
  it.each(CLI_CASES.map((c) => [c.name, c] as const))(
    '%s: exit 1 with the message on stderr',
    (_name, c) => {
      const run = runCli(c.break);
      expect(run.error).toBeUndefined();
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).not.toContain('validate-data: ok');
      expectLines(run.stderr, run.label, c.expected);
      if (c.count !== undefined)
        expect(run.stderr).toContain(`validate-data: ${c.count} problem(s)`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'prints every problem when two files are broken at once',
    () => {
      const run = runCli((files) =>
        editJson(
          editJson(files, 'figures', (fs) => {
            figureIn(fs, 'cultural-sports-events').qualifier = 'exact';
          }),
          'panels',
          (ps) => void panelIn(ps, 'hardship-funds').figures.push('nope'),
        ),
      );
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('validate-data: 2 problem(s)');
      expectLines(run.stderr, run.label, [
        {
          file: 'figures.json',
          line: 'figure "cultural-sports-events" qualifier: is "exact" but the text says 余/多 ("1600余场"): use "more_than"',
        },
        { file: 'panels.json', line: 'panel "hardship-funds" figures: unknown figure "nope"' },
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 0 and prints "validate-data: ok" on a clean copy',
    () => {
      const run = runCli((files) => files);
      expect(run.error).toBeUndefined();
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('validate-data: ok');
      expect(run.stdout).toContain(`${dataset.figures.length} figures`);
    },
    TEST_TIMEOUT_MS,
  );
});
