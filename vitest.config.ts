import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/model/dataset-plugin.ts';

/**
 * Unit tests that need Node's own globals: tests of code that runs only in Node (the dataset
 * plugin and its report terms, the drafting CLI, the pre-renderer's chart drawing, hosting routes),
 * and retry-import's test, which imports real files through file: URLs (jsdom's URL is refused by
 * fileURLToPath). The module itself also runs in the browser.
 */
const NODE_ONLY = [
  'build-broken',
  'index-html',
  'plugin-cache',
  'report-terms',
  'retry-import',
  'hosting-routes',
  'new-report',
  'drafting',
  'draw-chart',
].map((name) => `tests/unit/${name}.test.ts`);

export default defineConfig({
  // Component tests render the app on a small fixture corpus (one excerpt report of the article,
  // built by scripts/excerpt-report.ts), not on the real data: the real dataset is checked once,
  // by the validator (`npm run validate-data`, a step of .ci/run) and by the e2e suite.
  plugins: [react(), datasetPlugin('tests/fixtures/corpus')],
  test: {
    globals: true,
    testTimeout: 20000,
    maxWorkers: 2,
    // Transformed modules are kept in node_modules/.experimental-vitest-cache between runs.
    experimental: { fsModuleCache: true },
    projects: [
      {
        extends: true,
        test: {
          // The tests of NODE_ONLY: Node's own globals (URL, fs paths), no DOM.
          name: 'node',
          include: NODE_ONLY,
          environment: 'node',
          isolate: false,
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          // Everything that runs in the browser — the pure model, selectors, formatters and chart
          // builders as much as the components — in one jsdom and one module graph: with the pure
          // tests in a Node worker of their own, both workers loaded zod, the fixture corpus,
          // ECharts and vitest's runtime (about 4 s more CPU over `npm test`). Each test renders
          // into a clean document (tests/setup-dom.ts cleans up after every test). One worker:
          // with two, each file paid its own jsdom environment and React warm-up.
          name: 'dom',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          exclude: NODE_ONLY,
          environment: 'jsdom',
          setupFiles: ['./tests/setup-dom.ts'],
          maxWorkers: 1,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Whole programs as a user runs them (the CLI, a real `vite build`): seconds each, so
          // `npm run test:integration`, run by CI, not part of `npm test`.
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
