/**
 * PAGE_IDS (what `#<id>` may name besides panels, themes and glossary terms) is the list of fixed
 * element ids in the page's source: a fixed `id="…"` added to a component without adding it to the
 * list would make links to it dropped as unknown, and a stale entry would keep a dead link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHARTS_ID, PAGE_IDS } from '../../src/state/constants';

const SRC = resolve(__dirname, '../../src');
const sources = ['components', 'app'].flatMap((dir) =>
  (readdirSync(join(SRC, dir), { recursive: true }) as string[])
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => readFileSync(join(SRC, dir, name), 'utf8')),
);
const fixed = new Set(
  sources.flatMap((text) => [...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)),
);

it('every fixed id of the page is a hash target, and every listed one is in the page', () => {
  expect(fixed.size).toBeGreaterThan(3);
  expect([...fixed].sort()).toEqual(PAGE_IDS.filter((id) => id !== CHARTS_ID).sort());
  expect(sources.some((text) => text.includes('id={CHARTS_ID}'))).toBe(true);
});
