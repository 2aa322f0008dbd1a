/**
 * Shared fixtures and helpers for the e2e specs.
 *
 * Every test gets `pageIssues` automatically: it records console errors and warnings, uncaught
 * page errors, failed requests (network failures, except requests a navigation cancelled, and
 * HTTP >= 400), requests to any origin other than the page's own, and dialogs (alert, confirm,
 * prompt, which it dismisses). When the test ends the list must be empty, so every spec also
 * checks "no console errors, no failed or foreign request, no dialog" on whatever it did. A spec
 * that causes some on purpose (a request it makes fail) names it: `test.use({ expectedNoise:
 * [/pattern/] })` drops the lines it matches.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';
import { locationParams } from '../../src/state/routes.ts';
import { OWN_DATA, TOTAL_FIGURES, UI, themes, type Lang, type PanelData } from './data.ts';

export { expect };

export interface PageIssues {
  /** Human-readable lines, one per problem, in the order they happened. */
  list: string[];
  dialogs: string[];
}

interface Fixtures {
  expectedNoise: RegExp[];
  pageIssues: PageIssues;
  /**
   * A pre-rendered page starts its app on the reader's first move (src/main.tsx). By default
   * every navigation (goto, reload) is followed by one — a key press, as a reader's first key —
   * and waits for the app; specs of the page before its app runs turn this off.
   */
  startApp: boolean;
}

/** Starts the app of a pre-rendered page as a reader does (a first key), and waits for it. */
export async function startApp(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    prerendered: document.documentElement.hasAttribute('data-prerendered'),
    app: document.documentElement.dataset.app ?? null,
    // A page of the dashboard (not a host page a spec made, nor a downloaded file).
    ours: document.getElementById('root') !== null,
  }));
  if (!state.ours) return;
  if (state.prerendered && !state.app) await page.keyboard.press('Shift');
  await expect(page.locator('html')).toHaveAttribute('data-app', /./);
}

export const test = base.extend<Fixtures>({
  expectedNoise: [[], { option: true }],
  startApp: [true, { option: true }],
  page: async ({ page, startApp: start }, provide) => {
    if (start) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.ok() && options?.waitUntil !== 'commit') await startApp(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        if (response?.ok()) await startApp(page);
        return response;
      };
    }
    await provide(page);
  },
  pageIssues: [
    async ({ page, baseURL, expectedNoise }, provide) => {
      const issues = collectIssues(
        page,
        new URL(baseURL ?? 'http://localhost:4173/').origin,
        expectedNoise,
      );
      await provide(issues);
      expect(
        issues.list,
        'console errors/warnings, page errors, failed or foreign requests, dialogs',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

const IGNORED_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'chrome:']);

/**
 * A check that needs something of the data (a calendar year, a second theme, a republication
 * address). On the project's own data/ the need must hold, so the check fails instead of being
 * skipped; on another corpus (DATASET_DIR, README "Tests") it is skipped with the reason.
 */
export function needs(condition: unknown, reason: string): void {
  if (OWN_DATA) expect(condition, `data/ lacks what this check needs: ${reason}`).toBeTruthy();
  else test.skip(!condition, reason);
}

export function collectIssues(page: Page, origin: string, expected: RegExp[] = []): PageIssues {
  const issues: PageIssues = { list: [], dialogs: [] };
  const report = (line: string) => {
    if (!expected.some((re) => re.test(line))) issues.list.push(line);
  };
  const scheme = (url: string) => {
    try {
      return new URL(url).protocol;
    } catch {
      return '';
    }
  };
  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'warning') return;
    const loc = msg.location();
    report(`console.${type}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (IGNORED_SCHEMES.has(scheme(url))) return;
    try {
      if (new URL(url).origin !== origin) report(`foreign request: ${request.method()} ${url}`);
    } catch {
      report(`unparsable request URL: ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (IGNORED_SCHEMES.has(scheme(url))) return;
    const reason = request.failure()?.errorText ?? 'unknown';
    // A reload or navigation cancels requests still in flight (favicon, lazy chunks): not a failure.
    if (reason === 'net::ERR_ABORTED') return;
    report(`failed request: ${url} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    const line = `dialog ${dialog.type()}: ${dialog.message()}`;
    issues.dialogs.push(line);
    report(line);
    void dialog.dismiss().catch(() => {});
  });
  return issues;
}

/* ------------------------------------------------------------------------------------------ */
/* Navigation                                                                                  */

export type Query = Record<string, string | undefined>;

/** A URL relative to baseURL, with the query in the given order and an optional #hash. */
export function appUrl(query: Query = {}, hash?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.append(key, value);
  const search = params.toString();
  return `/${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Opens the dashboard and waits until it has rendered its panels. */
export async function gotoDashboard(page: Page, query: Query = {}, hash?: string): Promise<void> {
  await page.goto(appUrl(query, hash));
  await expect(page.locator('section[data-panel-id]').first()).toBeAttached();
}

/** Opens the article (source) view and waits for its highlighted figures. */
export async function gotoSource(page: Page, query: Query = {}): Promise<void> {
  await page.goto(appUrl({ ...query, view: 'source' }));
  await expect(page.locator('mark[data-figure-id]').first()).toBeVisible();
}

/**
 * A panel's live (ECharts) chart: a pre-rendered page shows drawings until the reader comes to a
 * panel. Moves the pointer onto the panel, as a reader does, and waits for its canvas.
 */
export async function liveChart(section: Locator): Promise<Locator> {
  await section.locator('.panel-head').hover();
  const canvas = section.locator('.panel-body canvas').first();
  await expect(canvas).toBeAttached();
  return canvas;
}

/** Resolves once every mounted chart has finished rendering (the app sets the attribute). */
export async function chartsSettled(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-charts-state', 'settled');
}

/**
 * What the address says of `key`, whether its path (`/en/reports/<id>/`, src/state/routes.ts) or
 * its query (`?theme=`) holds it.
 */
export function query(page: Page, key: string): string | null {
  const url = new URL(page.url());
  return locationParams(url.pathname, url.search).get(key);
}
/** `?theme=` as a sorted id list; null when absent. */
export function themeQuery(page: Page): string[] | null {
  const raw = query(page, 'theme');
  return raw === null ? null : raw.split(',').filter(Boolean).sort();
}

/* ------------------------------------------------------------------------------------------ */
/* Controls                                                                                    */

export function themeGroup(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('group', { name: UI[lang].themeGroup, exact: true });
}
export function themeCheckbox(page: Page, themeId: string, lang: Lang = 'zh'): Locator {
  const theme = themes.find((t) => t.id === themeId);
  if (!theme) throw new Error(`unknown theme ${themeId}`);
  return themeGroup(page, lang).getByRole('checkbox', { name: theme.name[lang] });
}
export function yearSelect(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('combobox', { name: UI[lang].year, exact: true });
}
export function langButton(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('button', { name: UI[lang].switchLang, exact: true });
}
export function schemeButton(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('button', { name: UI[lang].scheme });
}
/**
 * On a phone the filters sit in a sheet behind one bar button ("筛选 · 2" / "Filters · 2"):
 * opens it, so the controls above can be used. Does nothing on a desktop, where they are inline.
 */
export async function openFilters(page: Page, lang: Lang = 'zh'): Promise<void> {
  const button = filtersButton(page, lang);
  // The report's data loads after the page's code (after a reload too): wait for its filter bar.
  await page.locator('.filter-bar').first().waitFor({ state: 'visible' });
  if (!(await button.isVisible())) return;
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('dialog', { name: UI[lang].filtersHeading })).toBeVisible();
}
/** Closes the phone filter sheet (Done), if open. */
export async function closeFilters(page: Page, lang: Lang = 'zh'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: UI[lang].filtersHeading });
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: UI[lang].done }).click();
}
export function filtersButton(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('button', {
    name: lang === 'zh' ? /^筛选( · \d+)?$/ : /^Filters( · \d+)?$/,
  });
}
/** Opens a panel's actions menu and returns its item with this name (an export, copy link …). */
export async function panelAction(section: Locator, name: string): Promise<Locator> {
  await section.getByRole('button', { name: /操作|actions/i }).click();
  const item = section.getByRole('menuitem', { name, exact: true });
  await expect(item).toBeVisible();
  return item;
}

/** The link or tab that opens the article view (`原文` / `Source`, matched exactly). */
export function sourceNav(page: Page, lang: Lang = 'zh'): Locator {
  const name = UI[lang].source;
  return page
    .getByRole('link', { name, exact: true })
    .or(page.getByRole('tab', { name, exact: true }))
    .first();
}

export function panelSection(page: Page, panelId: string): Locator {
  return page.locator(`section[data-panel-id="${panelId}"]`);
}
export function panelByTitle(page: Page, panel: PanelData, lang: Lang = 'zh'): Locator {
  return page.getByRole('region', { name: panel.title[lang], exact: true });
}

/** Ids of the themes whose checkbox is ticked, sorted. */
export async function checkedThemes(page: Page, lang: Lang = 'zh'): Promise<string[]> {
  const out: string[] = [];
  for (const theme of themes)
    if (await themeCheckbox(page, theme.id, lang).isChecked()) out.push(theme.id);
  return out.sort();
}

/**
 * "Every theme" can be said two ways, and the specs accept both: every box ticked, or none
 * ticked (nothing narrows). This maps the ticked boxes to the themes whose figures are shown.
 */
export function effectiveThemes(ticked: readonly string[]): string[] {
  return ticked.length === 0 ? themes.map((t) => t.id).sort() : [...ticked].sort();
}
/** True when the ticked boxes mean "every theme". */
export function isAllThemes(ticked: readonly string[]): boolean {
  return ticked.length === 0 || ticked.length === themes.length;
}

/** Ticks exactly the given themes through the UI. */
export async function tickOnly(page: Page, themeIds: string[], lang: Lang = 'zh'): Promise<void> {
  // Tick the wanted ones first so no intermediate state has zero themes.
  for (const id of themeIds) await themeCheckbox(page, id, lang).setChecked(true);
  for (const theme of themes)
    if (!themeIds.includes(theme.id)) await themeCheckbox(page, theme.id, lang).setChecked(false);
}

export interface OptionInfo {
  value: string;
  label: string;
}
export async function yearOptions(page: Page, lang: Lang = 'zh'): Promise<OptionInfo[]> {
  return yearSelect(page, lang)
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => ({
        value: (o as HTMLOptionElement).value,
        label: (o.textContent ?? '').trim(),
      })),
    );
}
/** The option that stands for "every year": the one whose value and label are not a year. */
export async function allYearsOption(page: Page, lang: Lang = 'zh'): Promise<OptionInfo> {
  const options = await yearOptions(page, lang);
  const all = options.find((o) => !/^\d{4}$/.test(o.value) && !/\d{4}/.test(o.label));
  if (!all) throw new Error(`no "all years" option among ${JSON.stringify(options)}`);
  return all;
}

const COUNT_RE = new RegExp(`(\\d+)\\s*/\\s*${TOTAL_FIGURES}(?!\\d)`);

/**
 * The "N / total" counter at the top of the dashboard (total = the default report's figure count,
 * TOTAL_FIGURES): the first element whose text reads `<N> / <total>` (it need not sit inside
 * role=banner). Null when there is none.
 */
export async function shownCount(page: Page): Promise<number | null> {
  const counter = page.getByText(COUNT_RE).first();
  if ((await counter.count()) === 0) return null;
  const match = COUNT_RE.exec((await counter.innerText()).replace(/,/g, ''));
  return match ? Number(match[1]) : null;
}

/* ------------------------------------------------------------------------------------------ */
/* Downloads and files                                                                         */

export interface Downloaded {
  name: string;
  bytes: Buffer;
}
export async function download(page: Page, trigger: Locator): Promise<Downloaded> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return readDownload(dl);
}
async function readDownload(dl: Download): Promise<Downloaded> {
  const failure = await dl.failure();
  if (failure) throw new Error(`download ${dl.suggestedFilename()} failed: ${failure}`);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. Drops blank lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** Parses a number the way a spreadsheet would, tolerating digit-group separators. */
export function numberIn(cell: string): number | null {
  const text = cell.replace(/[,\s\u00a0\u2009\u202f]/g, '');
  if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)) return null;
  return Number(text);
}
