// Which of the corpus's glossary terms a report ships and shows (model/glossary-terms.ts,
// applied by toAppDataset): the ones it uses, by `uses` or in its own words, and no other body's.
import { reportTerms } from '../../src/model/glossary-terms';
import type { GlossaryTerm } from '../../src/model/glossary';
import { fixtureCorpus } from '../fixtures/read-fixtures';
import { readFileSync } from 'node:fs';

const term = (id: string, zh: string, uses: string[] = [], zhForms?: string[]): GlossaryTerm => ({
  id,
  zh,
  en: id,
  explain: { zh: zh, en: id },
  uses,
  ...(zhForms ? { zhForms } : {}),
});

const report = {
  figures: [{ id: 'stations', label: { zh: '全国工会驿站数' }, quote: '建成工会驿站18.61万个' }],
  panels: [{ id: 'station-panel', title: { zh: '工会驿站' } }],
  events: [{ label: { zh: '“两节”送温暖启动' } }],
  meta: { title: '全国总工会报道', summary: { zh: '全总的工会驿站数字。' } },
};

describe('reportTerms', () => {
  it('keeps the terms the report names or lists it in `uses`, drops every other', () => {
    const terms = [
      term('station', '工会驿站'),
      term('acftu', '全国总工会', [], ['全总']),
      term('festivals', '两节'),
      term('listed', '不在文字中', ['station-panel']),
      term('xpcc', '兵团'),
      term('farm', '团场', ['another-reports-figure']),
    ];
    expect(reportTerms(terms, report).map((t) => t.id)).toEqual([
      'station',
      'acftu',
      'festivals',
      'listed',
    ]);
  });

  it('counts an article’s own text, passed beside the records', () => {
    const terms = [term('xpcc', '兵团'), term('farm', '团场')];
    expect(reportTerms(terms, report, ['兵团各级工会…']).map((t) => t.id)).toEqual(['xpcc']);
  });

  it('a report of the fixture corpus ships only terms it uses', () => {
    const corpus = fixtureCorpus(['cited-sample', 'table-sample']);
    const all = (
      JSON.parse(
        readFileSync(new URL('../fixtures/corpus/glossary.json', import.meta.url), 'utf8'),
      ) as unknown[]
    ).length;
    const cited = corpus.reports.find((r) => r.meta.id === 'cited-sample')!;
    expect(cited.glossary.length).toBeLessThan(all);
    for (const r of corpus.reports)
      for (const g of r.glossary) {
        const ids = new Set([...r.figures.map((f) => f.id), ...r.panels.map((p) => p.id)]);
        const forms = [g.zh, ...(g.zhForms ?? [])];
        const words = [
          r.meta.title,
          r.meta.summary.zh,
          ...r.figures.flatMap((f) => [f.label.zh, f.quote ?? '']),
          ...r.panels.map((p) => p.title.zh),
          ...r.events.map((e) => e.label.zh),
        ];
        // An article's terms may be in its text alone (not shipped: checked above).
        if (r.meta.kind !== undefined && r.meta.kind !== 'article')
          expect(
            g.uses.some((id) => ids.has(id)) || words.some((w) => forms.some((f) => w.includes(f))),
          ).toBe(true);
      }
  });
});
