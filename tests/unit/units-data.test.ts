/**
 * Units are data (data/units.json): a report written in a unit this code has never seen (万亩,
 * counted in mu) validates, formats and is drafted with no code change — only a test copy of
 * units.json that defines it. Against the real units.json the same report is rejected with
 * messages naming the report, the figure and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { formatProblem, loadCorpus, validateCorpus } from '../../src/model/validate';
import { draftReport } from '../../src/model/draft-report';
import type { UnitsTable } from '../../src/model/units';
import { baseUnitName, formatAxisTick, formatBaseValue, formatFigureValue } from '../../src/format';
import { toRow } from '../../src/selectors/rows';
import { dataDir, root } from './real-corpus';
import { figureById as sample } from './sample-corpus';

const ID = 'xpcc-unions-2023-excerpt';
const FIGURES = `data/reports/${ID}/figures.json`;
const SENTENCE = '兵团职工共植树1.5万亩。\n';
const QUOTE = '兵团职工共植树1.5万亩';

const realUnits = JSON.parse(readFileSync(join(dataDir, 'units.json'), 'utf8')) as UnitsTable;
const withMu: UnitsTable = {
  written: { ...realUnits.written, 万亩: { factor: 1e4, base: ['mu'] } },
  base: {
    ...realUnits.base,
    mu: {
      name: { zh: '亩', en: 'mu' },
      print: { zh: { unit: '亩', scaleFrom: 1e4 }, en: { one: 'mu', other: 'mu' } },
    },
  },
};

const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A corpus (temp dir) of the excerpt fixture plus one sentence in mu, with the given units.json. */
function corpusWith(units: UnitsTable): string {
  const dir = mkdtempSync(join(tmpdir(), 'units-'));
  dirs.push(dir);
  for (const f of ['themes.json', 'entities.json']) cpSync(join(dataDir, f), join(dir, f));
  writeFileSync(join(dir, 'units.json'), JSON.stringify(units, null, 2));
  const report = join(dir, 'reports', ID);
  cpSync(resolve(root, 'tests/fixtures/reports', ID), report, { recursive: true });
  const edit = (name: string, change: (value: never) => unknown) => {
    const path = join(report, name);
    writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')) as never)));
  };
  const article = readFileSync(join(report, 'article.txt'), 'utf8') + SENTENCE;
  writeFileSync(join(report, 'article.txt'), article);
  const start = article.indexOf(QUOTE);
  edit('report.json', (meta: { sha256: string }) => ({ ...meta, sha256: sha256(article) }));
  edit('figures.json', (figures: unknown[]) => [
    ...figures,
    {
      id: 'afforestation-area',
      value: 1.5,
      unit: '万亩',
      qualifier: 'exact',
      quote: QUOTE,
      range: { start, end: start + QUOTE.length },
      base: { unit: 'mu' },
      label: { zh: '植树面积', en: 'Area planted with trees' },
      theme: 'hardship-aid',
      period: { kind: 'unspecified' },
      indicator: 'afforestation-area',
      entity: 'xpcc-unions',
      section: 'family',
    },
  ]);
  edit('panels.json', (panels: unknown[]) => [
    ...panels,
    {
      id: 'afforestation',
      theme: 'hardship-aid',
      chart: 'cards',
      title: { zh: '植树造林', en: 'Trees planted' },
      figures: ['afforestation-area'],
    },
  ]);
  return dir;
}

describe('the units table is an argument of the formatters', () => {
  const bales: UnitsTable = {
    written: { 包: { factor: 1, base: ['bales'] } },
    base: {
      bales: {
        name: { zh: '包', en: 'bales' },
        tickSuffix: 'b',
        print: { zh: { unit: '包', scaleFrom: 1e4 }, en: { one: 'bale', other: 'bales' } },
      },
    },
  };

  it('formats with the table it is given, and only with it', () => {
    expect(formatBaseValue(30000, 'bales', 'zh', { units: bales })).toBe('3万包');
    expect(formatBaseValue(1, 'bales', 'en', { units: bales })).toBe('1 bale');
    expect(formatAxisTick(5, 'bales', 'en', bales)).toBe('5b');
    expect(baseUnitName('bales', 'zh', bales)).toBe('包');
    // The real table does not know bales: printed as itself after the number, never scaled.
    expect(formatBaseValue(30000, 'bales', 'zh', { units: realUnits })).toBe('30000bales');
  });
});

describe('a unit that exists only in a test copy of units.json (万亩 → mu)', () => {
  it('validates, and the figure formats in both languages, with no code change', () => {
    const { raw } = readCorpus(corpusWith(withMu));
    expect(validateCorpus(raw, { sha256 }).problems.map(formatProblem)).toEqual([]);
    const figure = loadCorpus(raw, { sha256 }).reports[0]!.figures.find(
      (f) => f.id === 'afforestation-area',
    )!;
    expect(figure.base).toEqual({ value: 15000, unit: 'mu' });
    expect(formatFigureValue(figure, 'zh', withMu)).toBe('1.5万亩');
    expect(formatFigureValue(figure, 'en', withMu)).toBe('15,000 mu');
    expect(formatBaseValue(150000, 'mu', 'zh', { moreThan: true, units: withMu })).toBe('15余万亩');
    expect(formatAxisTick(20000, 'mu', 'en', withMu)).toBe('20K');
    expect(baseUnitName('mu', 'zh', withMu)).toBe('亩');
    expect(toRow(figure, 'en', withMu)).toMatchObject({
      unitName: 'mu',
      normalisedText: '15,000 mu',
    });
  });

  it('is found after a numeral by the draft tool', () => {
    const article = `全年${SENTENCE}`;
    const drafted = draftReport(article, 'new', { date: '2030-01-01', sha256: '', units: withMu });
    expect(drafted.figures.map((f) => [f.value, f.unit, f.base.unit])).toEqual([
      [1.5, '万亩', 'mu'],
    ]);
    // Without it in units.json nothing follows 1.5万 as a unit: the reader still reads 1.5万 as one
    // numeral (15000; the reader does not depend on the data), drafted as one exclusion.
    const without = draftReport(article, 'new', {
      date: '2030-01-01',
      sha256: '',
      units: realUnits,
    });
    expect(without.figures).toEqual([]);
    expect(without.exclusions.map((e) => e.text)).toEqual(['1.5万']);
  });

  it('is rejected against the real units.json, naming report, figure and field', () => {
    const { raw } = readCorpus(corpusWith(realUnits));
    const problems = validateCorpus(raw, { sha256 }).problems.map(formatProblem);
    expect(problems).toContain(
      `${FIGURES}: figure "afforestation-area" unit: unknown unit "万亩" (not in data/units.json "written")`,
    );
    expect(problems).toContain(
      `${FIGURES}: figure "afforestation-area" base.unit: unknown base unit "mu" (not in data/units.json "base")`,
    );
  });

  it('names units.json, the unit and the field when units.json itself is wrong', () => {
    const broken: UnitsTable = {
      written: { ...withMu.written, 万亩: { factor: 1e4, base: ['acres'] } },
      base: { ...withMu.base, mu: { ...withMu.base.mu!, print: { zh: { unit: '亩' } } } },
    };
    const { raw } = readCorpus(corpusWith(broken));
    const problems = validateCorpus(raw, { sha256 }).problems.map(formatProblem);
    expect(problems).toContain(
      'data/units.json: unit "万亩" base: unknown base unit "acres" (not in "base")',
    );
    expect(problems).toContain(
      'data/units.json: base unit "mu" print: has no print style for "en"',
    );
    const noFactor = JSON.stringify({ ...withMu, written: { 万亩: { base: ['mu'] } } });
    const withoutFactor = validateCorpus({ ...raw, units: noFactor }).problems.map(formatProblem);
    expect(withoutFactor.some((p) => p.startsWith('data/units.json: written.万亩.factor: '))).toBe(
      true,
    );
  });
});

describe('base values are computed at load (value × the written unit’s factor), not stored', () => {
  it.each([
    ['central-aid-funds-five-years', 204_000_000, 'yuan'],
    ['frontline-epidemic-worker-visits', 112_000, 'person-visits'],
    ['union-members', 649_700, 'persons'],
    ['red-flag-worker-homes', 2, 'units'],
  ])('sample figure %s normalises to %d %s', (id, value, unit) => {
    expect(sample(id).base).toEqual({ value, unit });
  });
});
