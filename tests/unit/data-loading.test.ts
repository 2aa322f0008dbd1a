/**
 * The page's loading API (src/model/dataset.ts) on the modules the build plugin serves — here of
 * the fixture corpus (vitest.config.ts): the index at once, each report and indicator on demand.
 */
import {
  index,
  loadAllReports,
  loadIndicator,
  loadIndicators,
  loadReport,
} from '../../src/model/dataset';
import { SAMPLE } from '../fixtures/read-fixtures';
import { dataset as sample, figureById } from './sample-corpus';

const membersEntity = figureById('union-members').entity;

describe('the index the first view imports, and the indicators', () => {
  it('lists every report with its title, date, kind and counts, and no figure', () => {
    expect(index.reports).toEqual([
      {
        meta: {
          id: SAMPLE,
          language: 'zh',
          title: sample.meta.title,
          englishTitle: sample.meta.englishTitle,
          date: sample.meta.date,
          kind: 'article',
        },
        figures: sample.figures.length,
      },
    ]);
    expect(JSON.stringify(index)).not.toContain('"quote"');
  });

  it('loadIndicators lists every indicator with its reports and entities', async () => {
    const indicators = await loadIndicators();
    const members = indicators.find((i) => i.id === 'union-members')!;
    expect(members.reports).toEqual([SAMPLE]);
    expect(members.entities).toEqual([membersEntity]);
    expect(indicators.map((i) => i.id)).toEqual(
      [...new Set(sample.figures.map((f) => f.indicator))].sort(),
    );
  });
});

describe('loading on demand', () => {
  it('loadReport gives the report’s page data, without its article text', async () => {
    const report = await loadReport(SAMPLE);
    expect(report.figures.map((f) => f.id)).toEqual(sample.figures.map((f) => f.id));
    expect(report.themes.length).toBeGreaterThan(0);
    expect(report.units.written['万元']).toBeDefined();
    expect('article' in report).toBe(false);
  });

  it('loadReport and loadIndicator reject an unknown id, naming it', async () => {
    await expect(loadReport('nope')).rejects.toThrow('no report "nope"');
    await expect(loadIndicator('nope')).rejects.toThrow('no indicator "nope"');
  });

  it('loadIndicator of a one-report indicator is cut from that report', async () => {
    const data = await loadIndicator('union-members');
    expect(data.reports.map((r) => r.meta.id)).toEqual([SAMPLE]);
    expect(data.reports[0]!.figures.map((f) => f.id)).toEqual(
      sample.figures.filter((f) => f.indicator === 'union-members').map((f) => f.id),
    );
    expect(data.entities.map((e) => e.id)).toEqual([membersEntity]);
    expect(data.units.written['万人']).toBeDefined();
  });

  it('loadAllReports gives every report of the index', async () => {
    const all = await loadAllReports();
    expect(all.reports.map((r) => r.meta.id)).toEqual(index.reports.map((r) => r.meta.id));
  });
});
