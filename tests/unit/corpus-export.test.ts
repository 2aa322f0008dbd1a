// The whole-dataset download: one CSV of every report's figures (moved from the component tests,
// where it ran in jsdom although it renders nothing).
import { corpusCsv } from '../../src/export/corpus-export';
import { EXCERPT, fixtureCorpus } from '../fixtures/read-fixtures';

// Two fixture reports: the sample (newest, 2023-07-24) and the excerpt (older, 2023-07-01).
const two = fixtureCorpus([EXCERPT]);
const [newest, older] = two.reports as [(typeof two.reports)[number], (typeof two.reports)[number]];

describe('whole-dataset CSV', () => {
  it('has a row per figure of every report, each with report id and address', () => {
    const lines = corpusCsv(two.reports, 'en')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('report_id,report_address,report_date,id,')).toBe(true);
    expect(lines).toHaveLength(1 + newest.figures.length + older.figures.length);
    expect(lines.filter((l) => l.startsWith(`${EXCERPT},`))).toHaveLength(older.figures.length);
  });
});
