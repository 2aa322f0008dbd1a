/**
 * The glossary's rules: schema, references, and one English rendering per term across the data
 * and the UI strings, on the fixture corpus's glossary (the UI strings also against data/'s). Broken copies of the fixture corpus (tests/fixtures/corpus: the same rules, a
 * glossary cut down to the sample) must fail validation naming the term and the record.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTermConsistency } from '../../src/model/glossary';
import { enRendersTerm } from '../../src/model/glossary-terms';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import type { RawCorpus } from '../../src/model/types';
import { zh as zhStrings, en as enStrings } from '../../src/i18n/strings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths';
import { dataset as sample } from './sample-corpus';
import { readCorpus } from '../../src/model/read';
import { findTerms, firstUses } from '../../src/selectors/glossary';

/** The sample's glossary: the fixture corpus's, cut down to the sample (20 terms). */
const { glossary } = sample;
const FIXTURE = resolve(__dirname, '../fixtures/corpus');
/** Fresh raw files of the fixture corpus, for a test to break. */
const readRaw = (): RawCorpus => readCorpus(FIXTURE).raw;

/** Edits a shared file (glossary, themes) or a file of the current report (figures, panels). */
function edit<T>(
  raw: RawCorpus,
  key: 'glossary' | 'themes' | 'figures' | 'panels',
  fn: (data: T) => void,
): RawCorpus {
  const report = raw.reports.find((r) => r.id === sample.meta.id)!.files;
  const holder: Record<string, string | undefined> =
    key === 'glossary' || key === 'themes' ? (raw as never) : (report as never);
  const data = JSON.parse(holder[key]!) as T;
  fn(data);
  holder[key] = JSON.stringify(data);
  return raw;
}
const reportFile = (name: string) => `data/reports/${sample.meta.id}/${name}`;
type Rec = Record<string, unknown> & { id: string };
const problemsOf = (raw: RawCorpus) => validateCorpus(raw).problems.map(formatProblem);

// The glossary's own content (how many terms, which words it explains, how it renders 工会经费) is
// data, checked by the validator (schema, references, the enAvoid rule below), not pinned here.
describe('the glossary', () => {
  it('matches English quote-insensitively, and case-insensitively unless a title needs capitals', () => {
    const home = glossary.find((t) => t.id === 'workers-home')!;
    expect(enRendersTerm("National Model 'Workers' Home' units", home)).toBe(true);
    // W4: the homes of model workers are not the Workers' Home honour.
    expect(enRendersTerm('Model workers’ homes', home)).toBe(false);
    const consultation = glossary.find((t) => t.id === 'collective-consultation')!;
    expect(enRendersTerm('First Collective Consultation contest', consultation)).toBe(true);
  });

  // The UI strings against the real data/glossary.json (read as a file, nothing else of data/):
  // the one check of code against the real data, since the validator does not read src/i18n.
  it('the UI strings render every term they use as the glossary says', () => {
    const realGlossary = JSON.parse(
      readFileSync(join(dataDir, 'glossary.json'), 'utf8'),
    ) as typeof glossary;
    const pairs = Object.keys(zhStrings).map((key) => ({
      file: 'src/i18n/strings.ts',
      record: key,
      field: 'string',
      text: {
        zh: zhStrings[key as keyof typeof zhStrings],
        en: enStrings[key as keyof typeof zhStrings],
      },
    }));
    expect(realGlossary.length).toBeGreaterThan(0);
    expect(checkTermConsistency(realGlossary, pairs)).toEqual([]);
  });

  it('the fixture corpus these copies break validates as it is', () => {
    expect(problemsOf(readRaw())).toEqual([]);
  });
});

describe('broken glossary copies fail validation', () => {
  const glossary = sample.glossary;
  it('a use naming no figure or panel', () => {
    const files = edit<Rec[]>(readRaw(), 'glossary', (g) => {
      (g[0]!.uses as string[]).push('no-such-figure');
    });
    expect(problemsOf(files)).toEqual([
      `data/glossary.json: term "${glossary[0]!.id}" uses: "no-such-figure" is neither a figure nor a panel of any report`,
    ]);
  });

  it('a use whose label and quote do not contain the term', () => {
    const files = edit<Rec[]>(readRaw(), 'glossary', (g) => {
      (g.find((t) => t.id === 'union-levy')!.uses as string[]).push('grassroots-unions');
    });
    expect(problemsOf(files)).toEqual([
      'data/glossary.json: term "union-levy" uses: figure "grassroots-unions" does not contain 工会经费 in its label or quote',
    ]);
  });

  it('“union dues” for 工会经费 (the wrong rendering the review found)', () => {
    const files = edit<Rec[]>(readRaw(), 'figures', (fs) => {
      (fs.find((f) => f.id === 'union-fees-refunded')!.label as { en: string }).en =
        'Union dues refunded to small and micro firms';
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('figure "union-fees-refunded" label.en');
    expect(problems[0]).toContain('does not render glossary term 工会经费 ("union-levy")');
    expect(problems[1]).toContain('says "union dues", which the glossary rules out');
  });

  it('“collective bargaining” in a theme name', () => {
    const files = edit<Rec[]>(readRaw(), 'themes', (ts) => {
      (ts.find((t) => t.id === 'rights')!.name as { en: string }).en =
        'Rights and collective bargaining';
    });
    const problems = problemsOf(files);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    for (const p of problems) expect(p).toMatch(/^data\/themes\.json: theme "rights" name\.en: /);
  });

  it('a panel title that drops the term', () => {
    const files = edit<Rec[]>(readRaw(), 'panels', (ps) => {
      (ps.find((p) => p.id === 'model-worker-homes')!.title as { en: string }).en =
        'Model workers’ homes';
    });
    expect(problemsOf(files)).toEqual([
      expect.stringContaining(
        `${reportFile('panels.json')}: panel "model-worker-homes" title.en: "Model workers’ homes" does not render glossary term 职工之家`,
      ),
    ]);
  });

  it('a duplicate id', () => {
    const files = edit<Rec[]>(readRaw(), 'glossary', (g) => {
      g.push({ ...g[1]!, zh: '另一术语', uses: [] });
    });
    expect(problemsOf(files)).toEqual([
      `data/glossary.json: term "${glossary[1]!.id}" id: duplicate id`,
    ]);
  });

  it('a misspelt key', () => {
    const files = edit<Rec[]>(readRaw(), 'glossary', (g) => {
      (g[2] as Record<string, unknown>).explian = { zh: 'x', en: 'y' };
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/glossary\.json: .*explian/);
  });
});

describe('finding terms in display text', () => {
  it('takes the longest term where two start together, never overlapping', () => {
    const hits = findTerms('兵团总工会与兵团各级工会', glossary, 'zh');
    expect(hits.map((h) => h.termId)).toEqual(['xpcc-federation', 'xpcc', 'unions-all-levels']);
    expect(hits[0]).toMatchObject({ from: 0, to: 5 });
  });

  it('matches English forms as the validator does (case only where the term allows)', () => {
    expect(findTerms('First Collective Consultation contest', glossary, 'en')).toEqual([
      { from: 6, to: 29, termId: 'collective-consultation' },
    ]);
    expect(findTerms('model workers’ homes', glossary, 'en')).toEqual([
      { from: 0, to: 13, termId: 'model-worker' },
    ]);
    // Whole words only: a plural ending joins the hit, a longer word is no hit.
    expect(findTerms('Grassroots unions', glossary, 'en')).toEqual([
      { from: 0, to: 17, termId: 'grassroots-union' },
    ]);
    expect(findTerms('model workerly grassroots unionism', glossary, 'en')).toEqual([]);
  });

  it('marks only the first use of each term across places in page order', () => {
    const uses = firstUses(
      [
        { key: 'a', text: '基层工会' },
        { key: 'b', text: '基层工会与会员；集体协商' },
      ],
      glossary,
      'zh',
    );
    expect(uses.get('a')!.map((h) => h.termId)).toEqual(['grassroots-union']);
    expect(uses.get('b')!.map((h) => h.termId)).toEqual(['collective-consultation']);
  });
});
