#!/usr/bin/env node
/**
 * `npm run test:e2e [-- <playwright args>]`: runs the Playwright specs in tests/e2e against the
 * production build with the system Chromium (Playwright cannot download its own browsers here).
 *
 * 1. Finds Chromium: $CHROME_PATH, then /usr/bin/chromium, /usr/bin/chromium-browser,
 *    /usr/bin/google-chrome. With none: explains how to get one, then exits 1 when CI=true or
 *    E2E_REQUIRE_BROWSER=1, else exits 0 saying the e2e tests were skipped.
 * 2. Builds (`npm run build`) when dist/index.html is missing or older than any source of the
 *    build (src/, data/, public/, the HTML entries, vite/ts config, package.json), or always with
 *    --build: the specs always test a build of the current tree.
 * 3. Runs `npx playwright test <args>` with CHROME_PATH exported and exits with its status.
 *
 * `--list` and `--help` need neither a browser nor a build. Our own flag `--build` is removed
 * before the rest is passed to Playwright.
 *
 * In CI, when port 4173 (or $E2E_PORT) is already taken, a free port is picked and passed on as
 * E2E_PORT, since playwright.config.ts does not reuse a running server there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CHROMIUM_CANDIDATES, findChromium } from './chromium.mjs';

const truthy = (value) => value !== undefined && value !== '' && value !== '0' && value !== 'false';
const requireBrowser = truthy(process.env.CI) || truthy(process.env.E2E_REQUIRE_BROWSER);

let args = process.argv.slice(2);
const forceBuild = args.includes('--build');
args = args.filter((arg) => arg !== '--build');
const listOnly = args.some((arg) => arg === '--list' || arg === '--help' || arg === '-h');

const chrome = findChromium((message) => console.warn(`e2e: ${message}`));
if (!chrome && !listOnly) {
  const how = [
    'e2e: no Chromium found (looked at $CHROME_PATH, ' + CHROMIUM_CANDIDATES.join(', ') + ').',
    '  Playwright cannot download its own browser here; install the system one:',
    '    sudo apt-get install chromium fonts-noto-cjk',
    '  or point CHROME_PATH at a Chromium/Chrome binary:',
    '    CHROME_PATH=/path/to/chrome npm run test:e2e',
  ].join('\n');
  if (requireBrowser) {
    console.error(how);
    console.error('e2e: FAILED: a browser is required (CI=true or E2E_REQUIRE_BROWSER=1).');
    process.exit(1);
  }
  console.warn(how);
  console.warn('e2e: skipped (no browser). Set E2E_REQUIRE_BROWSER=1 to make this an error.');
  process.exit(0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What `npm run build` reads: a change to any of these makes dist/ stale. */
const BUILD_INPUTS = [
  'src',
  'data',
  'public',
  'index.html',
  'embed.html',
  // The pre-renderer and the hosting plugin write pages and headers.
  'scripts/prerender.ts',
  'scripts/prerender-html.ts',
  'scripts/hosting.ts',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** The newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

if (!listOnly && !process.env.E2E_DIST) {
  const index = resolve('dist', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const stale = built > 0 && BUILD_INPUTS.some((input) => newestMtime(resolve(input)) > built);
  if (forceBuild || !built || stale) {
    console.log(
      forceBuild
        ? 'e2e: building (--build)…'
        : !built
          ? 'e2e: dist/ is missing; building first (npm run build)…'
          : 'e2e: dist/ is older than the sources; building first (npm run build)…',
    );
    const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) {
      console.error(`e2e: FAILED: npm run build exited with ${build.status ?? build.signal}`);
      process.exit(build.status || 1);
    }
  } else {
    console.log('e2e: dist/ is newer than every source; testing it (--build rebuilds anyway)');
  }
}

/** Resolves to true when nothing listens on localhost:port. */
function portIsFree(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, 'localhost', () => server.close(() => done(true)));
  });
}
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const env = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) };
if (!listOnly && requireBrowser) {
  const port = Number(process.env.E2E_PORT || 4173);
  if (!(await portIsFree(port))) {
    env.E2E_PORT = String(await freePort());
    console.log(`e2e: port ${port} is in use; serving the build on port ${env.E2E_PORT} instead`);
  }
}

if (chrome) console.log(`e2e: Chromium at ${chrome}`);
const child = spawn(npx, ['playwright', 'test', ...args], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`e2e: playwright ended by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
