/**
 * Synthetic reports for checks that must not care which reports exist: each is a copy of the
 * fixture excerpt (tests/fixtures/reports/xpcc-unions-2023-excerpt, a correct excerpt of the
 * article, so it validates) with its own id, fileStem and date. `addSyntheticReports(dataDir, n)`
 * writes n of them into `<dataDir>/reports/` (a temporary copy of data/, never data/ itself).
 * Used by `npm run bench` (the first view with 20 more reports) and tests/integration.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SYNTHETIC_SOURCE = join(root, 'tests/fixtures/reports/xpcc-unions-2023-excerpt');

/** One copy of the excerpt as report `id` dated `date` (ISO day), in `<dataDir>/reports/<id>/`. */
export function addSyntheticReport(dataDir, id, date) {
  const dir = join(dataDir, 'reports', id);
  cpSync(SYNTHETIC_SOURCE, dir, { recursive: true });
  const file = join(dir, 'report.json');
  const meta = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, `${JSON.stringify({ ...meta, id, fileStem: id, date }, null, 2)}\n`);
  return dir;
}

/**
 * `count` synthetic reports, `synthetic-01` …, dated one day apart from `firstDate` onwards
 * (default 1990-01-01: older than every real report, so the default page stays the same; never a
 * date in the future, which validate-data refuses).
 */
export function addSyntheticReports(dataDir, count, firstDate = '1990-01-01') {
  const start = Date.parse(`${firstDate}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return addSyntheticReport(dataDir, `synthetic-${String(i + 1).padStart(2, '0')}`, date);
  });
}
