/**
 * Every CSV takes its figure columns from one list (src/selectors/figure-columns.ts): a header
 * for every cell, in the panel's, the whole corpus's and an indicator page's download alike.
 */
import { BOM, figuresCsv } from '../../src/export/csv';
import { corpusCsv } from '../../src/export/corpus-export';
import { indicatorCsv } from '../../src/export/indicator-export';
import { buildIndicatorPageModel } from '../../src/selectors/indicator-page';
import { indicatorCorpus } from '../fixtures/read-fixtures';

const corpus = indicatorCorpus();

/** How many fields each record of a CSV has (RFC 4180 quoting: commas inside quotes are text). */
function fieldCounts(csv: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  const text = csv.slice(BOM.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') fields += 1;
    else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      counts.push(fields);
      fields = 1;
      i += 1;
    }
  }
  return counts;
}

describe.each(['zh', 'en'])('CSV columns (%s)', (lang) => {
  it('a figures CSV, with or without a panel’s columns, has a header for every cell', () => {
    const report = corpus.reports[0]!;
    for (const panel of [undefined, { notes: ['a, b'], source: 's', address: 'https://x.test/' }]) {
      const [header, ...rows] = fieldCounts(
        figuresCsv(report.figures, lang, { units: report.units, panel }),
      );
      expect(rows.length).toBe(report.figures.length);
      for (const n of rows) expect(n).toBe(header);
    }
  });

  it('the whole corpus’s CSV has a header for every cell', () => {
    const [header, ...rows] = fieldCounts(corpusCsv(corpus.reports, lang));
    expect(rows.length).toBeGreaterThan(0);
    for (const n of rows) expect(n).toBe(header);
  });

  it('an indicator page’s CSV names the code columns too', () => {
    const input = { reports: corpus.reports, entities: corpus.reports[0]!.entities };
    const model = buildIndicatorPageModel(input, 'union-members')!;
    const columns = { entity: 'e', measure: 'm', from: 'f', to: 't', sentence: 's' };
    const csv = indicatorCsv(
      model,
      lang,
      corpus.reports[0]!.units,
      columns,
      () => 'period',
      'https://x.test',
    );
    const [header, ...rows] = fieldCounts(csv);
    expect(rows.length).toBe(model.series.flatMap((s) => s.points).length);
    for (const n of rows) expect(n).toBe(header);
    expect(csv.split('\r\n')[0]).toContain(lang === 'en' ? 'theme_code' : '主题代码');
  });
});
