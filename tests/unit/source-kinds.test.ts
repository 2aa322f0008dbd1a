/**
 * The validator on the two report kinds that keep no article text: `cited` (numbers, units,
 * locators and our own words only) and `table` (a published table in table.csv). Each case breaks
 * one thing of a small fixture (tests/fixtures/reports/cited-sample, table-sample) and expects the
 * problem naming the report's file, record and field.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, readReportFiles, sha256 } from '../../src/model/read';
import { formatProblem, toAppCorpus, validateCorpus } from '../../src/model/validate';
import { corpusCsv, reportAddress } from '../../src/export/corpus-export';
import type { RawCorpus, RawReportFiles } from '../../src/model/types';
import { root } from '../paths';

const FIXTURES = resolve(root, 'tests/fixtures');
type Json = Record<string, unknown>;

/** The shared files of the fixture corpus and one fixture report, edited before validation. */
function corpusWith(id: string, edit: (files: RawReportFiles & { json: Json }) => void): RawCorpus {
  const { raw } = readCorpus(join(FIXTURES, 'corpus'));
  const files = readReportFiles(join(FIXTURES, 'reports', id));
  const json: Json = {};
  for (const key of ['report', 'figures', 'panels', 'exclusions', 'events'] as const)
    if (files[key] !== undefined) json[key] = JSON.parse(files[key]);
  const edited = { ...files, json };
  edit(edited);
  for (const key of ['report', 'figures', 'panels', 'exclusions', 'events'] as const)
    if (json[key] !== undefined) edited[key] = JSON.stringify(json[key]);
  const rest: RawReportFiles = { ...edited };
  delete (rest as { json?: Json }).json;
  // No glossary: its terms name the sample report's figures, which are not here.
  return { ...raw, glossary: undefined, reports: [{ id, files: rest }] };
}
const problemsOf = (raw: RawCorpus) => validateCorpus(raw, { sha256 }).problems.map(formatProblem);
const report = (f: { json: Json }) => f.json.report as Json;
const figure = (f: { json: Json }, id: string) =>
  (f.json.figures as Json[]).find((x) => x.id === id)!;

const C = 'data/reports/cited-sample';
const T = 'data/reports/table-sample';

describe('a cited report', () => {
  it('validates as it is, and its figures carry what was written, not a quote', () => {
    const { problems, corpus } = validateCorpus(
      corpusWith('cited-sample', () => {}),
      { sha256 },
    );
    expect(problems.map(formatProblem)).toEqual([]);
    const f = corpus!.reports[0]!.figures.find((x) => x.id === 'cited-stations')!;
    expect(f).toMatchObject({ written: '332个', base: { value: 332 } });
    expect(f.quote).toBeUndefined();
    expect(f.statementRange).toBeUndefined();
  });

  it.each<[string, (f: RawReportFiles & { json: Json }) => void, string]>([
    [
      'an article.txt (the text is not ours to keep)',
      (f) => (f.article = '兵团建成332个站点'),
      `${C}/article.txt: a cited report keeps no article text: remove article.txt`,
    ],
    [
      'no address',
      (f) => delete report(f).address,
      `${C}/report.json: address: a cited report needs the address it was read at`,
    ],
    [
      'a figure without locator',
      (f) => delete figure(f, 'cited-stations').locator,
      `${C}/figures.json: figure "cited-stations" locator: is missing: a cited report's figure needs it`,
    ],
    [
      'a figure without a description in our words',
      (f) => delete figure(f, 'cited-stations').description,
      `${C}/figures.json: figure "cited-stations" description: is missing`,
    ],
    [
      'a copied passage',
      (f) => (figure(f, 'cited-stations').quote = '兵团建成332个工会户外劳动者服务站点'),
      `${C}/figures.json: figure "cited-stations" quote: a cited report copies no passage: remove it`,
    ],
    [
      'asWritten that is not the value',
      (f) => (figure(f, 'cited-stations').asWritten = '333个'),
      `${C}/figures.json: figure "cited-stations" asWritten: "333个" is not the value 332 followed by its unit 个`,
    ],
    [
      'asWritten that is a passage, not the numeral and unit',
      (f) => (figure(f, 'cited-stations').asWritten = '兵团建成332个'),
      `${C}/figures.json: figure "cited-stations" asWritten: "兵团建成332个" is not the value 332`,
    ],
    [
      'a qualifier that disagrees with 余',
      (f) => (figure(f, 'cited-members').qualifier = 'exact'),
      `${C}/figures.json: figure "cited-members" qualifier: the record says "exact" but "1600余场" says "more_than": use "more_than"`,
    ],
    [
      'a sha256 (nothing is stored to hash)',
      (f) => (report(f).sha256 = 'a'.repeat(64)),
      `${C}/report.json: sha256: a cited report stores no text to hash`,
    ],
  ])('names the file, record and field for %s', (_name, edit, expected) => {
    const problems = problemsOf(corpusWith('cited-sample', edit));
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('a table report', () => {
  it('validates as it is; a figure is its cell with the header’s unit', () => {
    const { problems, corpus } = validateCorpus(
      corpusWith('table-sample', () => {}),
      { sha256 },
    );
    expect(problems.map(formatProblem)).toEqual([]);
    const f = corpus!.reports[0]!.figures.find((x) => x.id === 'table-members-2005')!;
    expect(f).toMatchObject({
      cell: { row: '会员人数(万人)', column: '2005' },
      written: '1002.25万人',
      base: { value: 10022500, unit: 'persons' },
    });
  });

  it.each<[string, (f: RawReportFiles & { json: Json }) => void, string]>([
    [
      'a cell neither a figure nor excluded',
      (f) => (f.json.exclusions as Json[]).splice(0, 1),
      `${T}/exclusions.json: coverage: the cell (基层工会组织数, 2004) = 213686 of table.csv is neither a figure's cell in figures.json nor listed in exclusions.json`,
    ],
    [
      'a cell claimed twice',
      (f) =>
        (f.json.exclusions as Json[]).push({
          cell: { row: '基层工会组织数', column: '2005' },
          category: 'not-a-statistic',
          reason: 'claimed twice',
        }),
      `${T}/exclusions.json: coverage: the cell (基层工会组织数, 2005) = 224605 of table.csv is claimed more than once: figure "table-unions-2005", exclusion #3`,
    ],
    [
      'a value that is not the cell’s',
      (f) => (figure(f, 'table-unions-2005').value = 224606),
      `${T}/figures.json: figure "table-unions-2005" value: is 224606 but the cell (基层工会组织数, 2005) reads 224605`,
    ],
    [
      'a unit other than the header’s',
      (f) => (figure(f, 'table-members-2005').unit = '人'),
      `${T}/figures.json: figure "table-members-2005" unit: is "人" but the table counts the cell (会员人数(万人), 2005) in "万人"`,
    ],
    [
      'an unknown row',
      (f) => ((figure(f, 'table-unions-2005').cell as Json).row = '基层工会数'),
      `${T}/figures.json: figure "table-unions-2005" cell.row: no row "基层工会数" in table.csv`,
    ],
    [
      'an “of which” row (#…) counted in a unit other than its parent row’s',
      (f) => {
        (f.json.exclusions as Json[]).pop();
        (f.json.figures as Json[]).push({
          ...figure(f, 'table-members-2005'),
          id: 'table-women-members-2005',
          value: 411.46,
          unit: '个',
          cell: { row: '#女会员人数', column: '2005' },
        });
      },
      `${T}/figures.json: figure "table-women-members-2005" unit: is "个" but the table counts the cell (#女会员人数, 2005) in "万人"`,
    ],
    [
      'a figure with a quote',
      (f) => (figure(f, 'table-unions-2005').quote = '224605'),
      `${T}/figures.json: figure "table-unions-2005" quote: is not for a table report's figure: remove it`,
    ],
    [
      'a ragged row in table.csv',
      (f) => (f.table = f.table!.replace('924.18,1002.25', '924.18')),
      `${T}/table.csv: line 3: has 2 fields but the header row has 3`,
    ],
    [
      'a table.csv changed after curation',
      (f) => (f.table = f.table!.replace('224605', '224650')),
      `${T}/table.csv: sha256 `,
    ],
    ['no table.csv', (f) => delete f.table, `${T}/table.csv: is missing`],
    [
      'no table title',
      (f) => delete report(f).table,
      `${T}/report.json: table: a table report needs the table's title as published`,
    ],
    [
      'an exclusion of a row that does not exist',
      (f) => ((f.json.exclusions as Json[])[1]!.cell = { row: '建立职工技协组织数' }),
      `${T}/exclusions.json: exclusion #1 (row 建立职工技协组织数) cell.row: no row "建立职工技协组织数" in table.csv`,
    ],
  ])('names the file, record and field for %s', (_name, edit, expected) => {
    const problems = problemsOf(corpusWith('table-sample', edit));
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('an article report', () => {
  it('still needs its quote and range, and takes no cited or table field', () => {
    const problems = problemsOf(
      corpusWith('xpcc-unions-2023-excerpt', (f) => {
        const first = (f.json.figures as Json[])[0]!;
        first.locator = { zh: '标题', en: 'headline' };
      }),
    );
    expect(problems.some((p) => / locator: is not for a article report's figure/.test(p))).toBe(
      true,
    );
  });
});

describe('downloads of a cited or table report', () => {
  it('name the address it was read at on every row', () => {
    for (const id of ['cited-sample', 'table-sample']) {
      const { corpus } = validateCorpus(
        corpusWith(id, () => {}),
        { sha256 },
      );
      const [r] = toAppCorpus(corpus!).reports;
      const url = r!.meta.address!.url;
      expect(reportAddress(r!)).toBe(url);
      const rows = corpusCsv([r!], 'en').trim().split(/\r?\n/).slice(1);
      expect(rows).toHaveLength(r!.figures.length);
      for (const row of rows) expect(row).toContain(url);
    }
  });
});
