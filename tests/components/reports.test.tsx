// Several reports: the selector, ?report=, an indicator's page across them and a report that
// fails to load (the whole-dataset CSV is pure: tests/unit/corpus-export.test.ts).
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EXCERPT, fixtureCorpus } from '../fixtures/read-fixtures';
import type { AppCorpus } from '../../src/model/types';
import { openCorpus } from './open';
import { memoryLoader, type DataLoader } from '../../src/model/loader';
import { t } from '../../src/i18n/strings';
import { messagePattern } from './messages';

const OLDER = 'table-sample';

// Two small fixture reports: the excerpt of the article (newest, 2023-07-01, 7 figures) and
// table-sample (older, 2006-10-01, 2 figures); the sample (32 figures) only where two reports
// must state one indicator.
const read = fixtureCorpus([EXCERPT, OLDER]).reports;
const byId = (id: string) => read.find((r) => r.meta.id === id)!;
const [newest, older] = [byId(EXCERPT), byId(OLDER)];
const two: AppCorpus = { reports: [newest, older] };
const one: AppCorpus = { reports: [newest] };
const N = newest.figures.length;

/** The count line above the charts (its one element, its text a figuresShown message). */
const countLine = () => {
  const text = document.querySelector('.shown-count')?.textContent ?? '';
  expect(text).toMatch(messagePattern('zh', 'figuresShown', String.raw`\d+`));
  return text;
};
/**
 * The report selector (a combobox named by its label), looked up inside its own box: a role query
 * over the whole page costs more than the render.
 */
const selector = (lang: 'zh' | 'en') =>
  within(document.querySelector<HTMLElement>('.report-selector')!).getByRole('combobox', {
    name: t(lang, 'reportLabel'),
  });
/** The count line with all `n` figures of the report shown. */
const allShown = (n: number) => t('zh', 'figuresShown', { shown: n, total: n });

describe('one report', () => {
  it('shows no selector', async () => {
    await openCorpus('', one);
    expect(document.querySelector('.report-selector')).toBeNull();
    expect(screen.queryByLabelText(t('zh', 'reportLabel'))).toBeNull();
    expect(countLine()).toBe(allShown(N));
  });
});

describe('two reports', () => {
  it('defaults to the newest, and ?report= picks another', async () => {
    await openCorpus('', two);
    const select = selector('zh');
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    expect(select).toHaveValue(newest.meta.id);
    expect(countLine()).toBe(allShown(N));
  });

  it('choosing a report shows its figures and puts it in the URL', async () => {
    const user = userEvent.setup();
    await openCorpus('?lang=en', two);
    // Its data loads on demand (its own module), in a transition: let the load settle inside act.
    await act(() => user.selectOptions(selector('en'), OLDER));
    // The path names the language and the report (routes.ts); the query is left for filters.
    expect(window.location.pathname).toBe(`/en/reports/${OLDER}/`);
    expect(window.location.search).toBe('');
    expect(
      screen.getByText(
        t('en', 'figuresShown', { shown: older.figures.length, total: older.figures.length }),
      ),
    ).toBeInTheDocument();
  });

  it('choosing a report keeps the language, scheme and patterns, and drops this report’s filters', async () => {
    const user = userEvent.setup();
    const theme = newest.themes[0]!.id;
    await openCorpus(`?lang=en&scheme=dark&patterns=on&theme=${theme}`, two);
    await act(() => user.selectOptions(selector('en'), OLDER));
    expect(window.location.pathname).toBe(`/en/reports/${OLDER}/`);
    expect(window.location.search).toBe('?scheme=dark&patterns=on');
    expect(document.documentElement.dataset.scheme).toBe('dark');
    expect(
      screen.getByText(
        t('en', 'figuresShown', { shown: older.figures.length, total: older.figures.length }),
      ),
    ).toBeInTheDocument();
  });

  it('a link with ?report= opens that report, and the address becomes its path', async () => {
    await openCorpus(`?report=${OLDER}`, two);
    expect(countLine()).toBe(allShown(older.figures.length));
    expect(window.location.pathname).toBe(`/reports/${OLDER}/`);
    expect(window.location.search).toBe('');
  });

  it('a path opens its report and language, with the filters of its query', async () => {
    const theme = older.themes.find((th) => older.panels.some((p) => p.theme === th.id))!.id;
    await openCorpus(`en/reports/${OLDER}/?theme=${theme}`, two);
    expect(selector('en')).toHaveValue(OLDER);
    expect(document.documentElement.lang).toBe('en');
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      `/en/reports/${OLDER}/?theme=${theme}`,
    );
  });

  it('choosing the newest again goes back to the address without a report, and back returns', async () => {
    const user = userEvent.setup();
    await openCorpus(`en/reports/${OLDER}/`, two);
    const select = () => selector('en');
    await act(() => user.selectOptions(select(), newest.meta.id));
    expect(window.location.pathname).toBe('/en/');
    expect(screen.getByText(t('en', 'figuresShown', { shown: N, total: N }))).toBeInTheDocument();
    expect(select()).toHaveValue(newest.meta.id);
    // Back: the popstate handler reads the path again.
    await act(async () => {
      window.history.back();
      await new Promise((done) => window.addEventListener('popstate', done, { once: true }));
    });
    expect(window.location.pathname).toBe(`/en/reports/${OLDER}/`);
    expect(await waitFor(() => selector('en'))).toHaveValue(OLDER);
  });

  it('an unknown ?report= falls back to the newest and says what it ignored', async () => {
    await openCorpus('?report=nope', two);
    expect(countLine()).toBe(allShown(N));
    expect(screen.getByText(messagePattern('zh', 'ignoredNotice'))).toHaveTextContent('report');
  });

  it('an indicator’s page lists its value from both reports, each with its report', async () => {
    // The sample (2023-07-24) and the excerpt (2023-07-01) both state festival-warmth-funds.
    await openCorpus('?indicator=festival-warmth-funds', {
      reports: [...fixtureCorpus([EXCERPT]).reports],
    });
    const page = await screen.findByRole('article', {}, { timeout: 10_000 });
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r[0] === '2412万元' && r[1] === '2018年“两节”期间')).toBe(true);
    expect(rows.map((r) => r[2]).join(' ')).toContain('2023年7月1日报道');
    expect(rows.map((r) => r[2]).join(' ')).toContain('2023年7月24日报道');
  });
});

describe('a report whose data cannot load', () => {
  // React reports the error the boundary catches; the page itself is what these tests check.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());
  it('shows its title while loading, says it failed, and loads it again on retry', async () => {
    const user = userEvent.setup();
    const base = memoryLoader(two);
    let answer: 'fail' | 'wait' | 'load' = 'fail';
    const loader: DataLoader = {
      ...base,
      report: (id) =>
        answer === 'fail'
          ? Promise.reject(new Error('chunk gone'))
          : answer === 'wait'
            ? new Promise(() => {})
            : base.report(id),
    };
    await openCorpus(`?report=${OLDER}`, loader);
    expect(screen.getByRole('alert')).toHaveTextContent(t('zh', 'reportLoadFailed'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(older.meta.title);
    expect(screen.getByText('chunk gone')).toBeInTheDocument();
    answer = 'wait';
    await act(() => user.click(screen.getByRole('button', { name: t('zh', 'retry') })));
    expect(screen.getByRole('status')).toHaveTextContent(t('zh', 'loadingReport'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(older.meta.title);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after a failure, retry shows the report', async () => {
    const user = userEvent.setup();
    const base = memoryLoader(two);
    let fail = true;
    const loader: DataLoader = {
      ...base,
      report: (id) => (fail ? Promise.reject(new Error('chunk gone')) : base.report(id)),
    };
    await openCorpus('', loader);
    expect(screen.getByRole('alert')).toHaveTextContent(t('zh', 'reportLoadFailed'));
    fail = false;
    await act(() => user.click(screen.getByRole('button', { name: t('zh', 'retry') })));
    expect(countLine()).toBe(allShown(N));
  });
});
