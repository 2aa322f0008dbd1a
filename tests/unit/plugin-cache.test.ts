/**
 * The build validates the corpus once (reliability review, LOW-3): every virtual module and the
 * index.html transform are cut from one result, a new build or a second plugin instance on the
 * same unchanged files reuses it, and a change to a data file (dev: watchChange) validates again.
 * On a temporary copy of the fixture corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPlugin } from '../../src/model/dataset-plugin';
import { SAMPLE, removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';

afterAll(removeTempCorpora);

const ctx = {
  addWatchFile: () => {},
  error: (message: string): never => {
    throw new Error(message);
  },
};

function counted(dir: string) {
  const counter = { validations: 0 };
  const plugin = datasetPlugin(dir, { onValidate: () => void counter.validations++ });
  const load = (id: string) => {
    try {
      return { code: plugin.load.call(ctx, `\0${id}`) ?? '' };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  return { plugin, load, counter };
}

it('validates once per build, across modules, builds and plugin instances', () => {
  const dir = tempCorpus([]);
  const { plugin, load, counter } = counted(dir);
  plugin.buildStart();
  for (const id of ['virtual:dataset-index', 'virtual:shared', `virtual:report/${SAMPLE}`])
    expect(load(id).code).toContain('export default');
  plugin.transformIndexHtml.handler('<title>x</title>', { bundle: {} });
  expect(counter.validations).toBe(1);

  // The next build of the same files: read and compared, not validated again.
  plugin.buildStart();
  load('virtual:dataset-index');
  expect(counter.validations).toBe(1);

  // Another instance (a config loaded again, another test project) on the same folder.
  const other = counted(dir);
  other.load('virtual:dataset-index');
  expect(other.counter.validations).toBe(0);
});

it('validates again when a data file changes (dev), and only then', () => {
  const dir = tempCorpus([]);
  const { plugin, load, counter } = counted(dir);
  load('virtual:dataset-index');
  expect(counter.validations).toBe(1);

  // A source file changed in dev: the data is re-read but not validated again.
  plugin.watchChange();
  load('virtual:dataset-index');
  expect(counter.validations).toBe(1);

  const path = join(dir, 'reports', SAMPLE, 'figures.json');
  const good = readFileSync(path, 'utf8');
  const figures = JSON.parse(good) as { id: string; theme: string }[];
  figures[0]!.theme = 'no-such-theme';
  writeFileSync(path, JSON.stringify(figures, null, 2));
  plugin.watchChange();
  expect(load('virtual:dataset-index').error).toContain(
    `data/reports/${SAMPLE}/figures.json: figure "${figures[0]!.id}" theme: unknown theme "no-such-theme"`,
  );
  expect(counter.validations).toBe(2);

  writeFileSync(path, good);
  plugin.watchChange();
  expect(load('virtual:dataset-index').code).toContain('export default');
  expect(counter.validations).toBe(3);
});
