/**
 * The dataset plugin writes the newest report's title and summary into index.html. Data reaches
 * the HTML only through escaping: `$&`, `$'`, `` $` `` and `$1` (replacement patterns of
 * String.replace) and markup stay text, and the rest of the document is untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetPlugin } from '../../src/model/dataset-plugin';
import { removeTempCorpora, tempCorpus } from '../fixtures/read-fixtures';
import { root } from '../paths';

afterAll(removeTempCorpora);

it('keeps $ patterns and markup in the title and summary as text', () => {
  const dir = tempCorpus([]);
  const file = join(dir, 'reports', 'xpcc-unions-2023-sample', 'report.json');
  const meta = JSON.parse(readFileSync(file, 'utf8')) as {
    title: string;
    summary: { zh: string };
  };
  meta.title = `报道（$'）$&$1 </title><b>`;
  meta.summary.zh = `援助US$1亿，$&$\`"><i>`;
  writeFileSync(file, JSON.stringify(meta, null, 2));
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const out = datasetPlugin(dir).transformIndexHtml.handler(html);
  expect(out).toContain(
    `<title>报道（$&#39;）$&amp;$1 &lt;/title&gt;&lt;b&gt; · 数据仪表板</title>`,
  );
  expect(out).toContain(
    `<meta name="description" content="援助US$1亿，$&amp;$\`&quot;&gt;&lt;i&gt;" />`,
  );
  // Everything else is as it was: one title, one description, the same body.
  expect(out.match(/<title>/g)).toHaveLength(1);
  expect(out.match(/name="description"/g)).toHaveLength(1);
  // The page's own fallback text (shown until the app draws) carries them, escaped the same way.
  expect(out).toContain(
    `<h1 data-report="title">《报道（$&#39;）$&amp;$1 &lt;/title&gt;&lt;b&gt;》</h1>`,
  );
  expect(out).toContain(`<p data-report="summary">援助US$1亿，$&amp;$\`&quot;&gt;&lt;i&gt;</p>`);
  expect(out.slice(out.indexOf('</main>'))).toBe(html.slice(html.indexOf('</main>')));
});
