/**
 * Which report the page shows: `?report=<id>` when it names one, else the newest article (the
 * report whose text is kept), else the newest.
 */
import { pickReportId } from '../../src/selectors/reports';
import type { AppDataset } from '../../src/model/types';

const report = (id: string, date: string, kind?: 'article' | 'cited' | 'table') =>
  ({
    meta: { id, date, title: id, englishTitle: id, ...(kind ? { kind } : {}) },
    figures: [],
  }) as unknown as AppDataset;

describe('pickReportId', () => {
  const reports = [report('r2028', '2028-07-01'), report('r2023', '2023-07-24')];
  it.each([
    ['', 'r2028'],
    ['?report=r2023', 'r2023'],
    ['?report=nope', 'r2028'],
    // Read as the view state reads it: the last valid occurrence wins.
    ['?report=r2023&report=nope', 'r2023'],
    ['?report=r2028&report=r2023', 'r2023'],
  ])('%s shows %s', (search, id) => {
    expect(pickReportId(reports, search)).toBe(id);
  });
});

describe('a newer cited source or table does not take the home page over', () => {
  const reports = [
    report('cited-2024', '2024-01-01', 'cited'),
    report('table-2023', '2023-12-31', 'table'),
    report('article-2023', '2023-07-24'),
    report('article-2020', '2020-01-01', 'article'),
  ];
  it.each([
    ['', 'article-2023'],
    ['?report=cited-2024', 'cited-2024'],
    ['?report=nope', 'article-2023'],
  ])('%s shows %s', (search, id) => {
    expect(pickReportId(reports, search)).toBe(id);
  });
  it('with no article at all, the newest', () => {
    expect(pickReportId(reports.slice(0, 2), '')).toBe('cited-2024');
  });
});
