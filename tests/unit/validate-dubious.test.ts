/**
 * Data the validator used to accept although it is dubious (reliability review, LOW-10): an
 * address that is not a clean http(s) URL, a date later than today, the same text kept as two
 * reports of one date, files in data/ that the loader never reads. On the fixture corpus only (never data/):
 * each case breaks one thing and expects the problem, naming the file, the record and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCorpus, readReportFiles, sha256 } from '../../src/model/read';
import { formatProblem, latestToday, validateCorpus } from '../../src/model/validate';
import type { RawCorpus } from '../../src/model/types';
import { SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';

afterAll(removeTempCorpora);

const FIXTURES = resolve(__dirname, '../fixtures');
const F = `data/reports/${SAMPLE}`;
const TODAY = '2026-12-02';

const fixture = (): RawCorpus => readCorpus(join(FIXTURES, 'corpus')).raw;
const problemsOf = (raw: RawCorpus, today = TODAY) =>
  validateCorpus(raw, { sha256, today }).problems.map(formatProblem);

type Json = Record<string, unknown> & {
  republication: Record<string, unknown>;
  address: Record<string, unknown>;
};

/** The fixture with the sample's report.json edited. */
function withMeta(edit: (meta: Json) => void): RawCorpus {
  const raw = fixture();
  const files = raw.reports[0]!.files;
  const meta = JSON.parse(files.report!) as Json;
  edit(meta);
  files.report = JSON.stringify(meta, null, 2);
  return raw;
}

/** The fixture plus the cited fixture report, its report.json edited. */
function withCited(edit: (meta: Json) => void): RawCorpus {
  const raw = fixture();
  const files = readReportFiles(join(FIXTURES, 'reports', 'cited-sample'));
  const meta = JSON.parse(files.report!) as Json;
  edit(meta);
  raw.reports.push({ id: 'cited-sample', files: { ...files, report: JSON.stringify(meta) } });
  return raw;
}

it('the fixture itself passes (so each problem below comes from its one edit)', () => {
  expect(problemsOf(fixture())).toEqual([]);
  expect(problemsOf(withCited(() => {}))).toEqual([]);
});

describe('an address must be a clean http(s) URL, as written', () => {
  const BASE = 'http://acftu.people.com.cn/n1/2023/0724/';
  const at = (url: string) =>
    problemsOf(withMeta((m) => (m.republication.url = url))).filter((p) =>
      p.includes('republication.url'),
    );

  it.each([
    [
      'markup',
      `${BASE}"><img src=x>`,
      `has """ (U+0022) at character ${BASE.length + 1}; a plain http(s) address has none: percent-encode it (%22)`,
    ],
    [
      'a space',
      `${BASE}c67502 40042110.html`,
      `has a space (U+0020) at character ${BASE.length + 7}; a plain http(s) address has none: percent-encode it (%20)`,
    ],
    [
      'a backslash',
      `${BASE}a\\b.html`,
      `has "\\" (U+005C) at character ${BASE.length + 2}; a plain http(s) address has none: percent-encode it (%5C)`,
    ],
    [
      'a Chinese character',
      `${BASE}新闻.html`,
      `has "新" (U+65B0) at character ${BASE.length + 1}; a plain http(s) address has none: percent-encode it (%E6%96%B0)`,
    ],
    [
      'a bare %',
      `${BASE}100%.html`,
      `has a "%" at character ${BASE.length + 4} that is not a %XX escape`,
    ],
  ])('%s', (_, url, message) => {
    expect(at(url)).toEqual([`${F}/report.json: republication.url: ${message}`]);
  });

  it('a cited report’s address.url too', () => {
    const problems = problemsOf(withCited((m) => (m.address.url = 'https://example.org/<b>')));
    expect(problems).toEqual([
      `data/reports/cited-sample/report.json: address.url: has "<" (U+003C) at character 21; a plain http(s) address has none: percent-encode it (%3C)`,
    ]);
  });

  it('every character RFC 3986 allows, and %XX escapes, pass', () => {
    expect(at(`${BASE}a-b_c.d~e/f?g=1&h=(2)*!$'+,;:@[x]%E6%96%B0#top`)).toEqual([]);
  });
});

describe('no date of a report is later than today (injectable)', () => {
  it('a publication date in the future', () => {
    const raw = withMeta((m) => (m.date = '2099-12-31'));
    expect(problemsOf(raw)).toContain(
      `${F}/report.json: date: is 2099-12-31, later than today (${TODAY})`,
    );
    // The same data passes once "today" is past it: the check compares with today, nothing else.
    expect(problemsOf(raw, '2100-01-01').filter((p) => p.includes(': date:'))).toEqual([]);
  });

  it('the republication date, last checked, and a cited report’s read date', () => {
    expect(
      problemsOf(
        withMeta((m) => {
          m.republication.date = '2026-12-03';
          m.lastChecked = '2027-01-01';
        }),
      ),
    ).toEqual([
      `${F}/report.json: republication.date: is 2026-12-03, later than today (${TODAY})`,
      `${F}/report.json: lastChecked: is 2027-01-01, later than today (${TODAY})`,
    ]);
    expect(problemsOf(withCited((m) => (m.address.read = '2030-05-05')))).toEqual([
      `data/reports/cited-sample/report.json: address.read: is 2030-05-05, later than today (${TODAY})`,
    ]);
  });

  it('today itself is not the future', () => {
    expect(problemsOf(withMeta((m) => (m.date = TODAY)))).toEqual([]);
  });

  it('by default "today" is the date in the earliest time zone (UTC+14)', () => {
    expect(latestToday(new Date('2026-12-02T09:59:59Z'))).toBe('2026-12-02');
    expect(latestToday(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-03');
  });
});

describe('the same text kept as two reports', () => {
  const COPY = 'xpcc-unions-2023-copy';
  function twice(date?: string): RawCorpus {
    const raw = fixture();
    const files = raw.reports[0]!.files;
    const meta = JSON.parse(files.report!) as Json;
    meta.id = COPY;
    if (date) meta.date = date;
    raw.reports.push({ id: COPY, files: { ...files, report: JSON.stringify(meta) } });
    return raw;
  }
  const sha = (JSON.parse(fixture().reports[0]!.files.report!) as { sha256: string }).sha256;

  it('with the same date: the later folder is named', () => {
    expect(problemsOf(twice())).toEqual([
      `data/reports/${COPY}/report.json: sha256: is the sha256 of report ${SAMPLE} too, with the same date 2023-07-24: its article.txt is the same text, and which one the page opens on would depend on folder names; keep one report of it`,
    ]);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('under another date it is allowed (the dates order them: synthetic copies)', () => {
    expect(problemsOf(twice('2023-07-25'))).toEqual([]);
  });
});

describe('files in data/ that the loader does not read', () => {
  const shared =
    'data/ holds only themes.json, entities.json, glossary.json, units.json and reports/';
  const report =
    'a report folder holds only article.txt, report.json, figures.json, exclusions.json, panels.json, events.json and table.csv';
  const tail = 'a backup or a misnamed file? Rename it or move it out of data/';

  it('are each named, with what belongs there; OS metadata is not', () => {
    const dir = tempCorpus([]);
    const folder = join(dir, 'reports', SAMPLE);
    writeFileSync(join(dir, 'extra.json'), '[]');
    writeFileSync(join(dir, 'glossry.json'), '[]');
    writeFileSync(join(dir, '.DS_Store'), '');
    mkdirSync(join(dir, 'old'));
    writeFileSync(join(dir, 'reports', 'README.md'), '# reports');
    writeFileSync(join(folder, 'figures.backup.json'), '[]');
    mkdirSync(join(folder, 'drafts'));
    expect(problemsOf(readCorpus(dir).raw)).toEqual([
      `data/extra.json: is a file the dashboard does not read (${shared}): ${tail}`,
      `data/glossry.json: is a file the dashboard does not read (${shared}): ${tail}`,
      `data/old/: is a folder the dashboard does not read (${shared}): ${tail}`,
      `data/reports/README.md: is a file the dashboard does not read (data/reports/ holds only report folders): ${tail}`,
      `${F}/drafts/: is a folder the dashboard does not read (${report}): ${tail}`,
      `${F}/figures.backup.json: is a file the dashboard does not read (${report}): ${tail}`,
    ]);
  });

  it('a clean copy has none', () => {
    expect(problemsOf(readCorpus(tempCorpus([])).raw)).toEqual([]);
  });
});
