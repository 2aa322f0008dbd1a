/**
 * What dev and preview serve for the path-form routes (scripts/hosting.ts), on a small built
 * folder written here: a folder's own index.html when the pre-renderer wrote one, else the app's
 * page (embed.html for an embed) with its relative addresses made absolute, and nothing for a
 * path that names no route; which of those pages may be framed. The built site as `vite preview`
 * serves it is tests/integration/hosting.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  headersFile,
  headersFor,
  rebaseHtml,
  routePatterns,
  servedPage,
} from '../../scripts/hosting';
import { LANGS } from '../../src/state/constants';

const dir = mkdtempSync(join(tmpdir(), 'hosting-routes-'));
const INDEX =
  '<link rel="icon" href="./favicon.svg"><script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="modulepreload" crossorigin href="./assets/report-x.js"><a href="">reload</a><a href="#main">skip</a>';

beforeAll(() => {
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'embed.html'), `<html data-entry="embed">${INDEX}`);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/index-abc.js'), '');
  // A page the pre-renderer wrote.
  mkdirSync(join(dir, 'reports/older'), { recursive: true });
  writeFileSync(join(dir, 'reports/older/index.html'), 'pre-rendered');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (file: string) => join(dir, file);

describe('servedPage', () => {
  it('serves a built file as it is', () => {
    expect(servedPage(dir, '/')).toEqual({ file: at('index.html') });
    expect(servedPage(dir, '/embed.html')).toEqual({ file: at('embed.html') });
    expect(servedPage(dir, '/assets/index-abc.js')).toEqual({ file: at('assets/index-abc.js') });
  });

  it('serves a folder’s own index.html when it has one', () => {
    expect(servedPage(dir, '/reports/older/')).toEqual({ file: at('reports/older/index.html') });
  });

  it.each([
    ['/en/', 'index.html'],
    ['/en/source/', 'index.html'],
    ['/reports/newer/', 'index.html'],
    ['/indicators/union-members/', 'index.html'],
    ['/en/reports/older/indicators/', 'index.html'],
    ['/embed/hardship-funds/', 'embed.html'],
    ['/en/reports/older/embed/hardship-funds/', 'embed.html'],
  ])('falls back to the app’s page for the route %s (%s), rebased to /', (path, file) => {
    expect(servedPage(dir, path)).toEqual({ file: at(file), rebase: '/' });
  });

  it.each([
    '/reports/',
    '/embed/',
    '/indicators/x/y/',
    '/foo/',
    '/dash/en/',
    '/index.html/',
    '/assets/',
    '/assets/nope.js',
    '/en/assets/index-abc.js',
    '/en/index.html',
    '/%2e%2e/package.json',
  ])('serves nothing for %s (a 404)', (path) => {
    expect(servedPage(dir, path)).toBeUndefined();
  });

  it('makes the page’s relative addresses absolute, leaving the rest alone', () => {
    expect(rebaseHtml(INDEX, '/')).toBe(
      '<link rel="icon" href="/favicon.svg"><script type="module" crossorigin src="/assets/index-abc.js"></script><link rel="modulepreload" crossorigin href="/assets/report-x.js"><a href="">reload</a><a href="#main">skip</a>',
    );
  });
});

describe('framing', () => {
  it.each(['/embed/hardship-funds/', '/en/reports/older/embed/p/', '/embed.html'])(
    '%s may be framed by any site',
    (path) => {
      expect(headersFor(path)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
      expect(headersFor(path)['X-Frame-Options']).toBeUndefined();
    },
  );

  it.each(['/en/', '/reports/older/', '/indicators/x/', '/embed/', '/dash/embed/p/'])(
    '%s may not',
    (path) => {
      expect(headersFor(path)['X-Frame-Options']).toBe('DENY');
    },
  );

  it('_headers gives every route pattern its framing, embeds apart', () => {
    const file = headersFile();
    const block = (path: string) =>
      file.split(/\n(?=\/)/).find((b) => b.startsWith(`${path}\n`)) ?? '';
    // The default language's two embed routes, then each other site language's two.
    expect(routePatterns(true).slice(0, 4)).toEqual([
      '/embed/:panel/',
      '/reports/:report/embed/:panel/',
      '/en/embed/:panel/',
      '/en/reports/:report/embed/:panel/',
    ]);
    expect(routePatterns(true)).toHaveLength(2 * LANGS.length);
    expect(routePatterns(false)).toContain('/en/reports/:report/indicators/:indicator/');
    expect(routePatterns(false)).not.toContain('/');
    for (const p of routePatterns(false)) expect(block(p)).toMatch(/X-Frame-Options: DENY/);
    for (const p of routePatterns(true)) {
      expect(block(p)).toMatch(/frame-ancestors \*\n/);
      expect(block(p)).not.toContain('X-Frame-Options');
    }
  });
});
