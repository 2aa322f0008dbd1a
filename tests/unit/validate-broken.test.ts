/**
 * The validator on a small fixture: a correct excerpt of the real report
 * (tests/fixtures/reports/xpcc-unions-2023-excerpt, 7 figures) with the shared files of the fixture
 * corpus (tests/fixtures/corpus, links to data/'s themes, entities and units).
 * Each case breaks one thing and expects the exact problem, naming report file, record and field.
 */
import { resolve } from 'node:path';
import { readCorpus, readReportFiles, sha256 } from '../../src/model/read';
import { CHECKS, formatProblem, validateCorpus } from '../../src/model/validate';
import { chartKindProblem } from '../../src/model/chart-kinds';
import type { RawCorpus } from '../../src/model/types';
import type {
  ArticleEvent,
  Entity,
  Exclusion,
  Figure,
  Panel,
  ReportMeta,
  Theme,
} from '../../src/model/schema';
import { root } from '../paths';

const ID = 'xpcc-unions-2023-excerpt';
const FIXTURE = resolve(root, 'tests/fixtures/reports', ID);
const F = `data/reports/${ID}`;

/** The fixture corpus's shared files (data/'s themes, entities and units), read once: text. */
const shared = readCorpus(resolve(root, 'tests/fixtures/corpus')).raw;

/** The excerpt with the shared files, fresh for each case to break. */
function fixture(): RawCorpus {
  const raw = shared;
  return {
    themes: raw.themes,
    entities: raw.entities,
    units: raw.units,
    reports: [{ id: ID, files: readReportFiles(FIXTURE) }],
  };
}

interface Parsed {
  article: string;
  report: ReportMeta;
  figures: Figure[];
  panels: Panel[];
  exclusions: Exclusion[];
  events: ArticleEvent[];
  themes: Theme[];
  entities: Entity[];
}

/** The fixture, parsed, edited, and written back as raw text. */
function broken(edit: (d: Parsed) => void): RawCorpus {
  const raw = fixture();
  const files = raw.reports[0]!.files;
  const d: Parsed = {
    article: files.article!,
    report: JSON.parse(files.report!) as ReportMeta,
    figures: JSON.parse(files.figures!) as Figure[],
    panels: JSON.parse(files.panels!) as Panel[],
    exclusions: JSON.parse(files.exclusions!) as Exclusion[],
    events: JSON.parse(files.events!) as ArticleEvent[],
    themes: JSON.parse(raw.themes!) as Theme[],
    entities: JSON.parse(raw.entities!) as Entity[],
  };
  edit(d);
  const s = (v: unknown) => JSON.stringify(v, null, 2);
  return {
    themes: s(d.themes),
    entities: s(d.entities),
    units: raw.units,
    reports: [
      {
        id: ID,
        files: {
          article: d.article,
          report: s(d.report),
          figures: s(d.figures),
          panels: s(d.panels),
          exclusions: s(d.exclusions),
          events: s(d.events),
        },
      },
    ],
  };
}

const fig = (d: Parsed, id: string) => {
  const f = d.figures.find((x) => x.id === id);
  if (!f) throw new Error(`fixture lacks figure ${id}`);
  return f as Figure & Record<string, unknown>;
};
const problemsOf = (raw: RawCorpus) => validateCorpus(raw, { sha256 }).problems.map(formatProblem);

const FUNDS = 'festival-warmth-funds-2018'; // 兵团工会共筹集送温暖资金 2412万元
const FAMILIES = 'festival-visits-hardship-families'; // 走访慰问困难家庭19542 户

const CASES: [string, (d: Parsed) => void, string[]][] = [
  [
    'a figure missing `unit`',
    (d) => delete (fig(d, FUNDS) as Record<string, unknown>).unit,
    [`${F}/figures.json: figure "${FUNDS}" unit: `],
  ],
  [
    'a misspelt key',
    (d) => (fig(d, FUNDS).qualifer = 'exact'),
    [`${F}/figures.json: figure "${FUNDS}": Unrecognized key: "qualifer"`],
  ],
  [
    'a stored base value (computed, not typed twice)',
    (d) => ((fig(d, FUNDS).base as Record<string, unknown>).value = 24120000),
    [`${F}/figures.json: figure "${FUNDS}" base: Unrecognized key: "value"`],
  ],
  [
    'a free-text organisation instead of an entity',
    (d) => (fig(d, FUNDS).organisation = { zh: '兵团工会', en: 'XPCC trade unions' }),
    [`${F}/figures.json: figure "${FUNDS}": Unrecognized key: "organisation"`],
  ],
  [
    'an unknown entity',
    (d) => (fig(d, FUNDS).entity = 'nobody'),
    [
      `${F}/figures.json: figure "${FUNDS}" entity: unknown entity "nobody" (not in data/entities.json)`,
    ],
  ],
  [
    'an unknown theme',
    (d) => (fig(d, FUNDS).theme = 'nope'),
    [
      `${F}/figures.json: figure "${FUNDS}" theme: unknown theme "nope" (not in data/themes.json)`,
      `${F}/panels.json: panel "hardship-funds" figures: figure "${FUNDS}" belongs to theme "nope", not "hardship-aid"`,
    ],
  ],
  [
    'an unknown section',
    (d) => (fig(d, FUNDS).section = 'nope'),
    [
      `${F}/figures.json: figure "${FUNDS}" section: unknown section "nope" (not in report.json sections)`,
    ],
  ],
  [
    'a range shifted by one',
    (d) => (fig(d, FAMILIES).range = { start: 37, end: 54 }),
    [
      `${F}/figures.json: figure "${FAMILIES}" range: quote "走访慰问困难家庭19542 户" not found at 37..54`,
    ],
  ],
  [
    'a wrong qualifier',
    (d) => (fig(d, FUNDS).qualifier = 'more_than'),
    [
      `${F}/figures.json: figure "${FUNDS}" qualifier: the record says "more_than" but the words "2412万元" say "exact": use "exact"`,
    ],
  ],
  [
    'a value the quote does not state',
    (d) => (fig(d, FUNDS).value = 2413),
    [
      `${F}/figures.json: figure "${FUNDS}" value: the record says 2413 万元 but the words "2412万元" read 2412 万元 (exact)`,
    ],
  ],
  [
    'a base unit that cannot count the unit',
    (d) => (fig(d, FUNDS).base = { unit: 'persons' }),
    [`${F}/figures.json: figure "${FUNDS}" base.unit: "persons" cannot be counted in 万元`],
  ],
  [
    'a draft left by new-report',
    (d) => (fig(d, FUNDS).draft = ['label', 'entity']),
    [
      `${F}/figures.json: figure "${FUNDS}" draft: is a draft: fill in label, entity, then remove "draft"`,
    ],
  ],
  [
    'a duplicate id',
    (d) => d.figures.push({ ...fig(d, FUNDS) }),
    [`${F}/figures.json: figure "${FUNDS}" id: duplicate id "${FUNDS}"`],
  ],
  [
    'an exclusion removed (coverage)',
    (d) => d.exclusions.shift(),
    [`${F}/exclusions.json: coverage: numeral "2018" at 1..5`],
  ],
  [
    'one changed article character',
    (d) => (d.article = d.article.replace('长期以来', '长期已来')),
    [`${F}/article.txt: sha256 `],
  ],
  [
    'report.json naming another folder',
    (d) => (d.report.id = 'other'),
    [`${F}/report.json: id: is "other" but the folder is "${ID}"`],
  ],
  [
    'an unknown headline figure',
    (d) => d.report.headlineFigures.push('nope'),
    [`${F}/report.json: headlineFigures: unknown figure "nope"`],
  ],
  [
    'a headline figure listed twice',
    (d) => d.report.headlineFigures.push(d.figures[0]!.id, d.figures[0]!.id),
    [`${F}/report.json: headlineFigures: lists figure "`],
  ],
  [
    'a key figure repeated as a one-card panel',
    (d) => {
      d.report.headlineFigures.push(FUNDS);
      d.panels.push({
        id: 'funds-card',
        theme: 'hardship-aid',
        chart: 'cards',
        title: { zh: '送温暖资金', en: 'Sending Warmth funds' },
        figures: [FUNDS],
      } as Panel);
    },
    [
      `${F}/panels.json: panel "funds-card" figures: shows only figure "${FUNDS}", which is already a key-figure card (report.json headlineFigures)`,
    ],
  ],
  [
    'a figure in no panel',
    (d) => (d.panels = d.panels.filter((p) => !p.figures.includes(FUNDS))),
    [`${F}/panels.json: figure "${FUNDS}" figures: appears in no panel and no headline card`],
  ],
  [
    'an event naming an unknown figure',
    (d) => d.events[0]!.figures.push('nope'),
    [`${F}/events.json: event "${d0().events[0]!.id}" figures: unknown figure "nope"`],
  ],
  [
    'an entity whose parent is missing',
    (d) => (d.entities[0]!.parent = 'nope'),
    [`data/entities.json: entity "${d0().entities[0]!.id}" parent: unknown entity "nope"`],
  ],
  [
    'an impossible date',
    (d) => (d.report.date = '2023-02-30'),
    [`${F}/report.json: date: is not a real calendar date`],
  ],
];

/** The unbroken fixture, parsed (for ids the cases name). */
function d0(): Parsed {
  let out!: Parsed;
  broken((d) => (out = d));
  return out;
}

describe('the validator on the excerpt fixture', () => {
  it('accepts the fixture as it is: a correct excerpt validates with no code change', () => {
    expect(problemsOf(fixture())).toEqual([]);
  });

  it('accepts a key figure in a chart or beside other cards, refuses a cards panel of key figures only', () => {
    const problems = (chart: Panel['chart'], figures: string[]) =>
      problemsOf(
        broken((d) => {
          d.report.headlineFigures.push(FUNDS);
          for (const p of d.panels) p.figures = p.figures.filter((id) => id !== FUNDS);
          d.panels.push({
            id: 'funds',
            theme: 'hardship-aid',
            chart,
            title: { zh: '帮扶资金', en: 'Aid funds' },
            // (two quantities of two periods: a bar panel of them says so)
            note: { zh: '时段不同。', en: 'The periods differ.' },
            figures,
          } as Panel);
        }),
      );
    expect(problems('bar', [FUNDS, 'leukemia-relief-raised'])).toEqual([]);
    expect(problems('cards', [FUNDS, 'leukemia-relief-raised'])).toEqual([]);
    // Two cards that are both key figures repeat the strip as much as one does.
    expect(
      problemsOf(
        broken((d) => {
          d.report.headlineFigures.push(FUNDS, 'leukemia-relief-raised');
          for (const p of d.panels)
            p.figures = p.figures.filter((id) => id !== FUNDS && id !== 'leukemia-relief-raised');
          d.panels = d.panels.filter((p) => p.figures.length > 0);
          d.panels.push({
            id: 'funds',
            theme: 'hardship-aid',
            chart: 'cards',
            title: { zh: '帮扶资金', en: 'Aid funds' },
            figures: [FUNDS, 'leukemia-relief-raised'],
          } as Panel);
        }),
      ),
    ).toEqual([
      `${F}/panels.json: panel "funds" figures: shows only figures "${FUNDS}", "leukemia-relief-raised", which are all key-figure cards already (report.json headlineFigures): drop the panel, add a figure that is not a key figure, or drop them from headlineFigures`,
    ]);
    expect(problems('cards', [FUNDS])).toEqual([
      `${F}/panels.json: panel "funds" figures: shows only figure "${FUNDS}", which is already a key-figure card (report.json headlineFigures): drop the panel, put the figure in another panel, or drop it from headlineFigures`,
    ]);
  });

  it('refuses a panel its chart kind cannot draw, in the words the builder throws', () => {
    const LEUKAEMIA = 'leukemia-relief-raised';
    const kindProblems = (chart: Panel['chart'], figures: string[]) =>
      problemsOf(
        broken((d) => {
          const p = d.panels.find((x) => x.id === 'hardship-funds')!;
          p.chart = chart;
          p.figures = figures;
          // The figures move here from their own panel.
          const own = d.panels.find((x) => x.id === 'festival-visits-households')!;
          own.figures = own.figures.filter((id) => !figures.includes(id));
        }),
      );
    const mixed = [FUNDS, LEUKAEMIA, FAMILIES];
    const rows = [
      { id: FUNDS, unit: 'yuan' },
      { id: FAMILIES, unit: 'households' },
    ];
    expect(kindProblems('bar', mixed)).toEqual([
      `${F}/panels.json: panel "hardship-funds" chart: ${chartKindProblem('bar', rows)}`,
    ]);
    expect(kindProblems('bar', mixed)[0]).toContain('mixes base units: yuan, households');
    expect(kindProblems('bullet', [FUNDS, LEUKAEMIA])).toEqual([
      `${F}/panels.json: panel "hardship-funds" chart: a bullet chart shows rates on a 0–100% scale; every figure must be in percent, and "${FUNDS}" is in yuan`,
    ]);
    expect(kindProblems('cards', mixed)).toEqual([]);
  });

  it('refuses bars of different quantities and periods with no note; a series of one needs none', () => {
    // hardship-funds: the 2018 festival funds and the leukaemia fundraising (December 2018), two
    // indicators of two periods, with a note saying so.
    const noNote = (edit: (p: Panel, d: Parsed) => void = () => {}) =>
      problemsOf(
        broken((d) => {
          const p = d.panels.find((x) => x.id === 'hardship-funds')!;
          delete p.note;
          edit(p, d);
        }),
      );
    expect(noNote()).toEqual([
      `${F}/panels.json: panel "hardship-funds" note: sets 2 different quantities of 2 different periods side by side on one axis: add a note (or a caveat) saying how they differ, or split the panel`,
    ]);
    // A caveat says it as well as a note does.
    expect(
      noNote((p) => {
        p.caveats = [
          { figures: [...p.figures], text: { zh: '时段不同。', en: 'Periods differ.' } },
        ];
      }),
    ).toEqual([]);
    // One indicator at two dates is a series: no note needed.
    expect(
      noNote((_p, d) => {
        fig(d, 'leukemia-relief-raised').indicator = fig(d, FUNDS).indicator;
      }),
    ).toEqual([]);
  });

  it('is a list of small checks', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('%s', (_name, edit, expected) => {
    const problems = problemsOf(broken(edit));
    for (const e of expected)
      expect(
        problems.some((p) => p.startsWith(e)),
        `${e}\n in\n${problems.join('\n')}`,
      ).toBe(true);
  });

  it('never throws, even when every file is empty or missing', () => {
    const raw: RawCorpus = { themes: '', entities: undefined, reports: [{ id: ID, files: {} }] };
    const { problems, corpus } = validateCorpus(raw);
    expect(corpus).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/themes.json: is not valid JSON/),
        'data/entities.json: is missing',
        `${F}/article.txt: is missing`,
        `${F}/figures.json: is missing`,
      ]),
    );
  });

  it('names the report in every message when two reports are broken', () => {
    const one = broken((d) => (fig(d, FUNDS).theme = 'nope'));
    const two = {
      ...one,
      reports: [
        ...one.reports,
        {
          id: 'second',
          files: {
            ...one.reports[0]!.files,
            report: one.reports[0]!.files.report!.replace(`"id": "${ID}"`, '"id": "second"'),
          },
        },
      ],
    };
    const { problems } = validateCorpus(two, { sha256 });
    const themeProblems = problems.filter((p) => p.field === 'theme');
    expect(themeProblems.map((p) => p.report).sort()).toEqual(['second', ID]);
    expect(
      problems.every(
        (p) => p.report === undefined || formatProblem(p).startsWith(`data/reports/${p.report}/`),
      ),
    ).toBe(true);
  });

  it.each([
    ['an upper-case file stem', 'Bingtuan', 'fileStem: must be kebab-case'],
    ['a non-ASCII file stem', '兵团', 'fileStem: must be kebab-case'],
    ['a file stem with a space', 'bingtuan union', 'fileStem: must be kebab-case'],
    [
      'the several-report stem',
      'all-reports',
      'fileStem: its figures downloads as "all-reports-figures-<lang>.<ext>", as does the download of several reports',
    ],
  ])('rejects %s in report.json', (_name, stem, message) => {
    expect(problemsOf(broken((d) => (d.report.fileStem = stem)))).toEqual(
      expect.arrayContaining([expect.stringContaining(`${F}/report.json: ${message}`)]),
    );
  });

  it('rejects two reports whose downloads would share a name (a stem equal to another’s id)', () => {
    const one = broken(() => {});
    const other = broken((d) => {
      d.report.id = 'second';
      d.report.fileStem = ID;
    });
    const raw = {
      ...one,
      reports: [...one.reports, { id: 'second', files: other.reports[0]!.files }],
    };
    expect(problemsOf(raw)).toContain(
      `data/reports/second/report.json: fileStem: its figures downloads as "${ID}-figures-<lang>.<ext>", as does its figures of report ${ID}; give this report its own "fileStem"`,
    );
  });

  it('rejects a stem and panel id that spell another report’s panel file', () => {
    const one = broken((d) => (d.report.fileStem = 'a'));
    const other = broken((d) => {
      d.report.id = 'second';
      d.report.fileStem = `a-${d.panels[0]!.id.split('-')[0]}`;
      d.panels[0]!.id = d.panels[0]!.id.split('-').slice(1).join('-') || 'x';
    });
    const raw = {
      ...one,
      reports: [...one.reports, { id: 'second', files: other.reports[0]!.files }],
    };
    const panelId = JSON.parse(one.reports[0]!.files.panels!)[0].id as string;
    expect(problemsOf(raw)).toContain(
      `data/reports/second/report.json: fileStem: panel "${panelId.split('-').slice(1).join('-')}" downloads as "a-${panelId}-<lang>.<ext>", as does panel "${panelId}" of report ${ID}; give this report its own "fileStem"`,
    );
  });

  it('rejects a panel whose file would be the report’s figures download', () => {
    expect(problemsOf(broken((d) => (d.panels[0]!.id = 'figures')))).toContain(
      `${F}/panels.json: panel "figures" id: panel "figures" downloads as "${ID}-figures-<lang>.<ext>", as does its figures; rename the panel`,
    );
  });

  it('rejects one indicator counted in two base units across reports', () => {
    const one = broken(() => {});
    const other = broken((d) => {
      d.report.id = 'second';
      // Same indicator, other base unit: the check compares across reports.
      fig(d, FAMILIES).indicator = fig(d, FUNDS).indicator;
    });
    const raw = {
      ...one,
      reports: [...one.reports, { id: 'second', files: other.reports[0]!.files }],
    };
    expect(problemsOf(raw)).toContain(
      `data/reports/second/figures.json: figure "${FAMILIES}" indicator: "festival-warmth-funds" is counted in households here but in yuan by figure "${FUNDS}" of report ${ID}`,
    );
  });
});
