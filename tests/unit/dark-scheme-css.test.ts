/**
 * The dark scheme is written twice in the stylesheets: for a chosen scheme
 * (`:root[data-scheme='dark']`) and for a page whose scripts do not run on a dark system
 * (`:root:not([data-scheme])` under `prefers-color-scheme: dark`). A rule given to one and not the
 * other would leave that reader with a half-dark page: every rule must have its twin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHOSEN = ":root[data-scheme='dark']";
const NO_SCRIPT = ':root:not([data-scheme])';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? cssFiles(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Each innermost rule as [selector, declarations], comments dropped, white space squashed. */
function rules(css: string): [string, string][] {
  const text = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/gu)].map((m) => [
    m[1]!.replace(/\s+/gu, ' ').trim(),
    m[2]!.replace(/\s+/gu, ' ').trim(),
  ]);
}

/** The rules under one prefix, keyed by the rest of their selector. */
function underPrefix(all: [string, string][], prefix: string): Map<string, string> {
  return new Map(
    all
      .filter(([selector]) => selector.startsWith(prefix))
      .map(([selector, body]) => [selector.slice(prefix.length), body]),
  );
}

// print.css names the dark root only to reset it to light.
const files = cssFiles('src').filter((f) => !f.endsWith('print.css'));

describe('the dark scheme, chosen and with scripts off', () => {
  it('finds the rules it compares', () => {
    const all = files.flatMap((f) => rules(readFileSync(f, 'utf8')));
    expect(underPrefix(all, CHOSEN).get('')).toMatch(/--bg:/u);
  });

  for (const file of files)
    it(`${file}: every dark rule has its twin`, () => {
      const all = rules(readFileSync(file, 'utf8'));
      expect(Object.fromEntries(underPrefix(all, NO_SCRIPT))).toEqual(
        Object.fromEntries(underPrefix(all, CHOSEN)),
      );
    });

  it('the no-script rules apply on screen, on a dark system only', () => {
    for (const file of files) {
      const css = readFileSync(file, 'utf8');
      let at = css.indexOf(NO_SCRIPT);
      while (at >= 0) {
        const media = css.lastIndexOf('@media', at);
        const open = css.indexOf('{', media);
        expect(css.slice(media, open), file).toBe(
          '@media screen and (prefers-color-scheme: dark) ',
        );
        // Still inside that block: more braces opened than closed since it began.
        const between = css.slice(open, at);
        expect(
          (between.match(/\{/gu) ?? []).length - (between.match(/\}/gu) ?? []).length,
          file,
        ).toBeGreaterThan(0);
        at = css.indexOf(NO_SCRIPT, at + 1);
      }
    }
  });
});
