import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers import downwards only: data -> model -> i18n -> format -> selectors -> charts -> view ->
// components -> app (state and export sit beside selectors and charts; view is the page model,
// src/view/page-model.ts, what a page shows, which the components render). i18n (the locales: strings,
// number systems, number words) may read the model's types; format (numbers, dates, citations)
// may read the model and the locales; neither knows the URL, the selectors or the page.
const layerRules = [
  {
    from: 'src/model',
    forbid: [
      'i18n',
      'format',
      'selectors',
      'charts',
      'view',
      'components',
      'app',
      'state',
      'export',
    ],
  },
  {
    from: 'src/i18n',
    forbid: ['format', 'selectors', 'charts', 'view', 'components', 'app', 'state', 'export'],
  },
  {
    from: 'src/format',
    forbid: ['selectors', 'charts', 'view', 'components', 'app', 'state', 'export'],
  },
  { from: 'src/selectors', forbid: ['charts', 'view', 'components', 'app', 'export'] },
  { from: 'src/charts', forbid: ['view', 'components', 'app', 'state'] },
  { from: 'src/state', forbid: ['charts', 'view', 'components', 'app', 'export'] },
  { from: 'src/view', forbid: ['components', 'app', 'export'] },
  { from: 'src/export', forbid: ['view', 'components', 'app'] },
  { from: 'src/components', forbid: ['app'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-baseline',
      'dist-grown',
      'node_modules',
      'test-results',
      'playwright-report',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // One rule object per layer: flat config replaces (not merges) a rule set twice for a file.
  ...layerRules.map(({ from, forbid }) => ({
    files: [`${from}/**/*.{ts,tsx}`],
    ignores: ['src/components/panel/echart.tsx'],
    rules: { 'no-restricted-imports': ['error', restrictedImports(from, forbid)] },
  })),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', restrictedImports('src/app', [])] },
  },
);

function restrictedImports(from, forbid) {
  return {
    paths: [{ name: 'echarts-for-react', message: 'Use src/components/panel/echart.tsx.' }],
    patterns: [
      { group: ['echarts-for-react/*'], message: 'Use src/components/panel/echart.tsx.' },
      ...forbid.map((layer) => ({
        // A folder's index (`'../format'`) as well as its files (`'../format/dates'`).
        group: [`**/${layer}/*`, `../${layer}/*`, `../${layer}`, `../../${layer}`],
        message: `${from} sits below src/${layer}; data flows one way (see README).`,
      })),
    ],
  };
}
