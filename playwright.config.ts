/**
 * End-to-end tests against the production build (`dist/`, made by `npm run build`), served by
 * `vite preview`. Run them with `npm run test:e2e` (scripts/run-e2e.mjs finds Chromium, builds
 * when dist/ is missing or older than the sources, then runs `npx playwright test`); extra
 * arguments pass through, e.g.
 * `npm run test:e2e -- --project=desktop tests/e2e/export.spec.ts`.
 *
 * Playwright cannot download its own browsers here: the system Chromium is used, from
 * CHROME_PATH or the usual Debian paths.
 *
 * Environment:
 * - CHROME_PATH: the Chromium/Chrome binary (run-e2e.mjs sets it).
 * - E2E_PORT: port for `vite preview` (default 4173).
 * - E2E_DIST: serve another build folder instead of dist/ (e.g. dist-baseline).
 * - CI: no retry (a flaky test fails and shows), no reuse of an already-running server,
 *   test.only forbidden. Locally no retry either.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT || 4173);
const BASE_URL = `http://localhost:${PORT}/`;
const DIST = process.env.E2E_DIST;

const executablePath = findChromium() ?? undefined;

/**
 * Specs that also run at phone size (layout, first load, filters by touch); the rest (exports,
 * provenance, axe, keyboard, i18n, hostile URLs) do not depend on the width and run on desktop only.
 */
const PHONE_SPECS = /(load|layout|filters-url)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  // Off in CI too: a retry that passes hides a flaky test.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    acceptDownloads: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
      },
    },
    {
      name: 'phone',
      testMatch: PHONE_SPECS,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort${DIST ? ` --outDir ${JSON.stringify(DIST)}` : ''}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
