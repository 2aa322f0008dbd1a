/**
 * `npm run new-report` drafts: every numeral of a new article gets a record, the drafts are
 * well-formed (quotes at their ranges, coverage complete), and validate-data rejects each draft
 * until the curator fills it in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftReport } from '../../src/model/draft-report';
import { tokenizeNumerals } from '../../src/model/numerals';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import type { RawCorpus } from '../../src/model/types';
import { readCorpus, sha256 } from '../../src/model/read';
import { root } from '../paths';
import { UNITS } from '../fixtures/units';

/** The fixture corpus's shared files (links to data/'s themes, entities and units), fresh. */
const readRaw = (): RawCorpus => readCorpus(resolve(root, 'tests/fixtures/corpus')).raw;

const article = readFileSync(
  resolve(root, 'tests/fixtures/reports/xpcc-unions-2023-excerpt/article.txt'),
  'utf8',
);
// The drafts' date; validated as of that day (a later date would be refused as in the future).
const TODAY = '2030-01-01';
const drafted = draftReport(article, 'new-one', {
  date: TODAY,
  sha256: sha256(article),
  units: UNITS,
});

function corpusWith(d: typeof drafted): RawCorpus {
  const shared = readRaw();
  const s = (v: unknown) => JSON.stringify(v);
  return {
    themes: shared.themes,
    entities: shared.entities,
    units: shared.units,
    reports: [
      {
        id: 'new-one',
        files: {
          article,
          report: s(d.report),
          figures: s(d.figures),
          exclusions: s(d.exclusions),
          panels: '[]',
          events: '[]',
        },
      },
    ],
  };
}

it('drafts one record per numeral', () => {
  expect(drafted.figures.length + drafted.exclusions.length).toBe(tokenizeNumerals(article).length);
});

it('fills value, unit, qualifier, quote and range as the text states them', () => {
  expect(drafted.figures.map((f) => [f.quote, f.value, f.unit, f.qualifier])).toContainEqual([
    '兵团工会共筹集送温暖资金 2412万元',
    2412,
    '万元',
    'exact',
  ]);
  expect(drafted.exclusions[0]).toMatchObject({ text: '2018', category: 'date', draft: true });
});

it('is rejected by validate-data only for its drafts: nothing else is wrong', () => {
  const { problems, corpus } = validateCorpus(corpusWith(drafted), { sha256, today: TODAY });
  expect(corpus).toBeUndefined();
  expect(problems.filter((p) => p.field !== 'draft').map(formatProblem)).toEqual([]);
  expect(problems).toHaveLength(1 + drafted.figures.length + drafted.exclusions.length);
  expect(formatProblem(problems.find((p) => p.record === 'figure "draft-001"')!)).toBe(
    'data/reports/new-one/figures.json: figure "draft-001" draft: is a draft: fill in label, theme, period, indicator, entity, section, then remove "draft" (written "兵团工会共筹集送温暖资金 2412万元")',
  );
});
