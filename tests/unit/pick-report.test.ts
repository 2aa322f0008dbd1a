/** Which report the page shows: `?report=<id>` when it names one, else the newest. */
import { pickReport } from '../../src/selectors/reports';
import type { AppDataset } from '../../src/model/types';

const report = (id: string, date: string) =>
  ({ meta: { id, date, title: id, englishTitle: id }, figures: [] }) as unknown as AppDataset;

describe('pickReport', () => {
  const reports = [report('r2028', '2028-07-01'), report('r2023', '2023-07-24')];
  it.each([
    ['', 'r2028'],
    ['?report=r2023', 'r2023'],
    ['?report=nope', 'r2028'],
  ])('%s shows %s', (search, id) => {
    expect(pickReport(reports, search).meta.id).toBe(id);
  });
});
