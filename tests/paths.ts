/**
 * Where the tests find the repository and the real data: paths only, nothing read. The real corpus
 * itself is tests/unit/real-corpus.ts; the fixture corpora, tests/fixtures/read-fixtures.ts.
 * `import.meta.url` is not a file: URL under the jsdom environment, so paths resolve from __dirname.
 */
import { resolve } from 'node:path';

export const root = resolve(__dirname, '..');
/** data/, or $DATASET_DIR (tests/integration/extra-report.test.ts runs the unit tests on a copy). */
export const dataDir = resolve(root, process.env.DATASET_DIR ?? 'data');
