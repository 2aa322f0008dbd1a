// @vitest-environment jsdom
// Several reports: the selector, ?report=, the over-time view and the whole-dataset download.
import 'vitest-canvas-mock';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadCheckedCorpus } from '../../src/model/dataset-plugin';
import { toAppCorpus } from '../../src/model/validate';
import { ReportRoot } from '../../src/app/report-root';
import { corpusCsv } from '../../src/export/corpus-export';

const EXCERPT = 'xpcc-unions-2023-excerpt';
const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'reports-'));
cpSync(join(root, 'data'), dir, { recursive: true });
cpSync(join(root, 'tests/fixtures/reports', EXCERPT), join(dir, 'reports', EXCERPT), {
  recursive: true,
});
const two = toAppCorpus(loadCheckedCorpus(dir));
const one = { reports: two.reports.filter((r) => r.meta.id !== EXCERPT) };
/** The newest report of data/ (the default) and its figure count; the excerpt's, from the fixture. */
const newest = one.reports[0]!;
const N = newest.figures.length;
const E = two.reports.find((r) => r.meta.id === EXCERPT)!.figures.length;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openAt(search: string, corpus = two) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<ReportRoot corpus={corpus} />);
}
const countLine = () => screen.getByText(/^显示 \d+ \/ \d+ 个数字$/).textContent;

describe('one report', () => {
  it('shows no selector and no over-time view', () => {
    openAt('', one);
    expect(screen.queryByRole('combobox', { name: '报道' })).toBeNull();
    expect(document.getElementById('over-time')).toBeNull();
    expect(countLine()).toBe(`显示 ${N} / ${N} 个数字`);
  });
});

describe('two reports', () => {
  it('defaults to the newest, and ?report= picks another', () => {
    openAt('');
    const select = screen.getByRole('combobox', { name: '报道' });
    expect(within(select).getAllByRole('option')).toHaveLength(two.reports.length);
    expect(select).toHaveValue(newest.meta.id);
    expect(countLine()).toBe(`显示 ${N} / ${N} 个数字`);
  });

  it('choosing a report shows its figures and puts it in the URL', async () => {
    const user = userEvent.setup();
    openAt('?lang=en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Report' }), EXCERPT);
    expect(window.location.search).toBe(`?lang=en&report=${EXCERPT}`);
    expect(screen.getByText(`Showing ${E} / ${E} figures`)).toBeInTheDocument();
  });

  it('a link with ?report= opens that report', () => {
    openAt(`?report=${EXCERPT}`);
    expect(countLine()).toBe(`显示 ${E} / ${E} 个数字`);
  });

  it('an unknown ?report= falls back to the newest and says what it ignored', () => {
    openAt('?report=nope');
    expect(countLine()).toBe(`显示 ${N} / ${N} 个数字`);
    expect(screen.getByText(/已忽略链接中无法识别的参数/)).toHaveTextContent('report');
  });

  it('lists an indicator of both reports over time, value as written, with each report', async () => {
    openAt('');
    // The view is loaded on demand: allow for the first import.
    const view = await screen.findByRole(
      'region',
      { name: '跨报道对比：同一指标的历次数值' },
      { timeout: 10_000 },
    );
    const funds = view.querySelector('[data-indicator="festival-warmth-funds"]')!;
    const rows = [...funds.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r[0] === '2018年“两节”期间' && r[1] === '2412万元')).toBe(true);
    expect(funds.querySelector('table')).toHaveAttribute('data-measure', 'flow');
  });
});

describe('whole-dataset CSV', () => {
  it('has a row per figure of every report, each with report id and address', () => {
    const lines = corpusCsv(two.reports, 'en')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('report_id,report_address,report_date,id,')).toBe(true);
    const all = two.reports.reduce((n, r) => n + r.figures.length, 0);
    expect(lines).toHaveLength(1 + all);
    expect(lines.filter((l) => l.startsWith(`${EXCERPT},`))).toHaveLength(E);
  });
});
