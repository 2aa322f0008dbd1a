/**
 * The system Chromium, for the e2e tests, the benchmark and anything else that drives a browser.
 * Playwright cannot download its own browsers here, so we always point it at this one.
 */
import { accessSync, constants } from 'node:fs';

/** We run as root, without a GPU, and must not reach the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Debian and others put it, in order of preference after $CHROME_PATH. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * $CHROME_PATH when it is an executable file, else the first candidate that is, else null.
 * `warn` is told when $CHROME_PATH is set but unusable.
 */
export function findChromium(warn = () => {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    warn(`CHROME_PATH=${fromEnv} is not an executable file; trying the usual paths.`);
  }
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}
