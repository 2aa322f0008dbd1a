/**
 * The built site as a host serves it: one real `vite build` of the fixture corpus, then
 * `vite preview` on it (its middleware is the one scripts/hosting.ts gives), asked for the paths
 * a reader, a stale link or a probe would ask for. Checks status codes, the security headers per
 * page (only embed.html may be framed), the 404 page, the page's own fallback text for when its
 * scripts cannot load, the CSP without 'unsafe-inline', and the licence notices shipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'hosting-'));
const out = join(work, 'dist');
let server: ChildProcess | undefined;
let base = '';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

beforeAll(async () => {
  const data = join(work, 'data');
  cpSync(resolve(root, 'tests/fixtures/corpus'), data, { recursive: true, dereference: true });
  const env = { ...process.env, DATASET_DIR: data, NO_COLOR: '1' };
  const vite = resolve(root, 'node_modules/.bin/vite');
  const build = spawnSync(vite, ['build', '--outDir', out], { cwd: root, env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const port = await freePort();
  base = `http://localhost:${port}`;
  server = spawn(vite, ['preview', '--outDir', out, '--port', String(port), '--strictPort'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i += 1) {
    if (
      await fetch(`${base}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}, 180_000);

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('paths', () => {
  it.each(['/', '/index.html', '/embed.html', '/favicon.svg', '/THIRD-PARTY-NOTICES.txt'])(
    '%s is served (200)',
    async (path) => {
      expect((await get(path)).status).toBe(200);
    },
  );

  it.each([
    '/index.html/',
    '/foo/',
    '/nope',
    '/nope/deep/path',
    '/assets/',
    '/.git/config',
    '/package.json',
    '/src/main.tsx',
    '/assets/nope.js',
    '/%2e%2e/package.json',
    // Route words that name no page (src/state/routes.ts), and routes under a folder not served.
    '/reports/',
    '/embed/',
    '/indicators/x/y/',
    '/dash/en/',
  ])('%s is a real 404 page with a link home, not the dashboard', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toContain('<a href="/">');
    expect(html).toMatch(/找不到此页 · Page not found/);
    expect(html).not.toContain('<script');
  });
});

describe('path-form routes, until the pre-renderer writes their pages', () => {
  it.each([
    ['/en/', 'index.html'],
    ['/source/', 'index.html'],
    ['/en/indicators/union-members/', 'index.html'],
    ['/embed/hardship-funds/', 'embed.html'],
  ])('%s is the app’s page (%s) with absolute asset addresses', async (path, file) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).not.toMatch(/(src|href)="\.\//);
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await get(script!)).status).toBe(200);
    expect(html.includes('data-entry="embed"')).toBe(file === 'embed.html');
  });

  it('an embed route may be framed by any site, the other routes not', async () => {
    const embed = (await get('/en/embed/hardship-funds/?year=2018')).headers;
    expect(embed.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(embed.get('x-frame-options')).toBeNull();
    const page = (await get('/en/')).headers;
    expect(page.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(page.get('x-frame-options')).toBe('DENY');
  });
});

describe('headers', () => {
  it.each(['/', '/index.html', '/nope'])('%s may not be framed', async (path) => {
    const h = (await get(path)).headers;
    expect(h.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(h.get('x-frame-options')).toBe('DENY');
  });

  it('embed.html may be framed by any site', async () => {
    const h = (await get('/embed.html?embed=hardship-funds')).headers;
    expect(h.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(h.get('x-frame-options')).toBeNull();
  });

  it.each(['/', '/embed.html', '/favicon.svg', '/nope'])(
    '%s carries nosniff, a referrer policy and a CSP without unsafe-inline',
    async (path) => {
      const h = (await get(path)).headers;
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(h.get('content-security-policy')).toMatch(
        /^default-src 'self'; script-src 'self'; style-src 'self';/,
      );
      expect(h.get('content-security-policy')).not.toContain('unsafe-inline');
    },
  );
});

describe('the built files', () => {
  const html = (name: string) => readFileSync(join(out, name), 'utf8');

  it.each(['index.html', 'embed.html'])(
    '%s shows the report and a reload link before (or without) its scripts',
    (name) => {
      const root = html(name).match(/<div id="root">([\s\S]*?)<\/div>\s*<noscript>/)![1]!;
      expect(root).toContain('《奋力开创新时代兵团工会工作新局面》');
      expect(root).toContain('测试用摘录');
      expect(root).toMatch(/脚本未能加载[\s\S]*<a\s+href=""\s*>重新加载<\/a/);
      expect(root).toMatch(/its scripts could not load[\s\S]*<a href="">reload<\/a>/);
      expect(html(name)).not.toMatch(/unsafe-inline|<script>|<style|\sstyle="/);
    },
  );

  it('only embed.html is marked as the embed page', () => {
    expect(html('embed.html')).toContain('data-entry="embed"');
    expect(html('index.html')).not.toContain('data-entry');
  });

  it('_headers gives the same policy to Netlify and Cloudflare Pages, framing per page', () => {
    const file = html('_headers');
    const block = (path: string) =>
      file.split(/\n(?=\/)/).find((b) => b.startsWith(`${path}\n`)) ?? '';
    expect(block('/*')).toMatch(/X-Content-Type-Options: nosniff/);
    expect(block('/*')).not.toMatch(/frame|Content-Security-Policy/i);
    expect(block('/')).toMatch(/frame-ancestors 'none'\n\s+X-Frame-Options: DENY/);
    expect(block('/embed.html')).toMatch(/frame-ancestors \*\n/);
    expect(block('/embed.html')).not.toContain('X-Frame-Options');
  });

  it('ships the licence and notice of every package in the bundle', () => {
    const notices = html('THIRD-PARTY-NOTICES.txt');
    for (const [pkg, licence] of [
      ['echarts', 'Apache-2.0'],
      ['zrender', 'BSD-3-Clause'],
      ['react', 'MIT'],
      ['react-dom', 'MIT'],
      ['scheduler', 'MIT'],
      ['tslib', '0BSD'],
      ['echarts-for-react', 'MIT'],
      ['size-sensor', 'ISC'],
      ['fast-deep-equal', 'MIT'],
      ['date-fns', 'MIT'],
    ])
      expect(notices).toMatch(new RegExp(`^${pkg} \\d+\\.\\d+\\.\\d+ \\(${licence}\\)$`, 'm'));
    // ECharts' NOTICE, which Apache-2.0 requires to travel with it.
    expect(notices).toContain('--- NOTICE ---');
    expect(notices).toContain('Apache ECharts');
    expect(existsSync(join(out, '404.html'))).toBe(true);
  });
});
