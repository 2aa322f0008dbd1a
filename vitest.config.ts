import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/model/dataset-plugin.ts';

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
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A unit test that parses what it checks as a browser would (`*.dom.test.ts`) runs in
          // the components project, in its one jsdom: a jsdom file here had a worker of its own.
          exclude: ['tests/unit/**/*.dom.test.ts'],
          environment: 'node',
          // Pure modules and no DOM: one module graph per worker instead of one per file. One
          // worker, beside the components project's one (same group, so both run at once): a
          // second unit worker loaded every module and the real corpus again (about 2.5 s of CPU).
          isolate: false,
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx', 'tests/unit/**/*.dom.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./tests/setup-dom.ts'],
          // One jsdom and one module graph for all these files; each test renders into a clean
          // document (tests/setup-dom.ts cleans up after every test). One worker: with two, each
          // file paid its own jsdom environment and React warm-up (about 4 s more CPU over the
          // project).
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
