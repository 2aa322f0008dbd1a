/**
 * A chunk that failed to load is fetched again under a new address on the next try (the browser
 * keeps a failed module fetch for good): here with a real module file, imported for real.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failedModule, retryImport } from '../../src/model/retry-import';

const failure = (url: string) =>
  new TypeError(`Failed to fetch dynamically imported module: ${url}`);

it('reads the failed module from the browser’s error, and nothing from other errors', () => {
  expect(failedModule(failure('https://x.org/assets/echart-AB12.js'))).toBe(
    'https://x.org/assets/echart-AB12.js',
  );
  expect(failedModule(new Error('Unexpected token'))).toBeNull();
});

it('reports the first failure, then loads the same file under a new address', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'retry-'));
  const file = join(dir, 'chunk-1.mjs');
  writeFileSync(file, 'export const answer = 42;\n');
  const url = pathToFileURL(file).href;
  // What the browser does with a module it failed to fetch once: fail again, without asking.
  const cached = () => Promise.reject(failure(url));
  await expect(retryImport(cached)).rejects.toThrow(/chunk-1\.mjs/);
  const mod = await retryImport<{ answer: number }>(cached);
  expect(mod.answer).toBe(42);
});

it('passes on an error that is not a failed fetch', async () => {
  const broken = new SyntaxError('Unexpected token');
  await expect(retryImport(() => Promise.reject(broken))).rejects.toBe(broken);
  await expect(retryImport(() => Promise.reject(broken))).rejects.toBe(broken);
});
