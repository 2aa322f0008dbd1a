/**
 * The first-paint scheme script (public/theme-boot.js) reads `?scheme=` by hand: it cannot use
 * the parser's PARAMS entry (src/state/url-state.ts), because it must run before anything loads,
 * from a file of its own (the CSP allows no inline script), unbundled and unminified (every byte
 * of it is first-paint JS). It must still paint the scheme the page's parser will read from the
 * same address, or the page would flash from one scheme to the other when the app starts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readParam } from '../../src/state/url-state';

const SCRIPT = readFileSync(resolve('public/theme-boot.js'), 'utf8');

/** The scheme the boot script paints at `search`, with the system in `system`. */
function bootScheme(search: string, system: 'light' | 'dark'): string | null {
  window.history.replaceState(null, '', `/${search}`);
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) =>
    ({ matches: system === 'dark' && query.includes('dark') }) as MediaQueryList) as never;
  try {
    new Function(SCRIPT)();
  } finally {
    window.matchMedia = matchMedia;
  }
  return document.documentElement.getAttribute('data-scheme');
}

afterEach(() => {
  document.documentElement.removeAttribute('data-scheme');
  document.documentElement.removeAttribute('data-js');
  window.history.replaceState(null, '', '/');
});

describe('theme-boot.js paints the scheme the parser reads', () => {
  it.each([
    '',
    '?scheme=dark',
    '?scheme=light',
    '?scheme=nope',
    '?scheme=dark&scheme=light',
    '?scheme=light&scheme=nope',
    '?scheme=nope&scheme=dark',
    '?scheme=DARK',
    '?theme=rights&scheme=dark&lang=en',
  ])('%s', (search) => {
    for (const system of ['light', 'dark'] as const) {
      const parsed = readParam('scheme', search) ?? system;
      expect(bootScheme(search, system), `system ${system}`).toBe(parsed);
    }
  });

  it('says that scripts run', () => {
    bootScheme('', 'light');
    expect(document.documentElement.hasAttribute('data-js')).toBe(true);
  });
});
