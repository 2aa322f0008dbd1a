/**
 * `npm run excerpt-report -- <source-report-dir> <out-dir> <new-id> <lines> [summary-zh] [summary-en]
 *    [--glossary <glossary.json> <out.json>]`
 *
 * Writes a shorter report made of whole lines of another: `<lines>` is a comma-separated list of
 * 1-based, inclusive line ranges of the source's article.txt (`1-15,33-58`). The passages are joined
 * with a blank line, and every figure, exclusion and event whose quote lies inside a passage is kept
 * with its range moved to the new text; panels keep the figures that remain (a panel left empty is
 * dropped), report.json keeps the sections and headline figures still used. The result is a
 * correct excerpt: `npm run validate-data` accepts it as it is, with no code change. Used to build
 * the small fixture reports the component tests run on (tests/fixtures/, see its README).
 * `--glossary` also writes a copy of a glossary cut down to the excerpt: each term keeps the `uses`
 * still present, and a term is kept if it has one or its Chinese appears in the excerpt's text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPORT_FILES, type ReportFileKey } from '../src/model/paths.ts';
import { readReportFiles, sha256 } from '../src/model/read.ts';
import { writeReportFiles } from '../src/model/write.ts';

interface Ranged {
  id?: string;
  range: { start: number; end: number };
}
interface Passage {
  from: number;
  to: number;
  at: number;
}

const args = process.argv.slice(2);
const glossaryFlag = args.indexOf('--glossary');
const glossaryPaths = glossaryFlag >= 0 ? args.splice(glossaryFlag, 3).slice(1) : [];
const [sourceDir, outDir, id, lineSpec, summaryZh, summaryEn] = args;
if (!sourceDir || !outDir || !id || !lineSpec) {
  console.error(
    'usage: npm run excerpt-report -- <source-report-dir> <out-dir> <new-id> <lines, e.g. 1-15,33-58>',
  );
  process.exit(2);
}
const sourceFolder: string = sourceDir;
const files = readReportFiles(sourceFolder);
function need(key: ReportFileKey): string {
  const text = files[key];
  if (text === undefined) {
    console.error(`excerpt-report: ${join(sourceFolder, REPORT_FILES[key])} is missing`);
    process.exit(2);
  }
  return text;
}
const read = <T>(key: Exclude<ReportFileKey, 'article'>): T => JSON.parse(need(key)) as T;
const article = need('article');
const lines = article.split('\n');
const lineStart: number[] = [];
lines.reduce((offset, line, i) => ((lineStart[i] = offset), offset + line.length + 1), 0);

const passages: Passage[] = [];
const pieces: string[] = [];
let at = 0;
for (const spec of lineSpec.split(',')) {
  const [a, b = a] = spec.split('-').map(Number);
  if (!a || !b || b < a || b > lines.length) {
    console.error(
      `excerpt-report: bad line range "${spec}" (the article has ${lines.length} lines)`,
    );
    process.exit(2);
  }
  const from = lineStart[a - 1]!;
  const to = lineStart[b - 1]! + lines[b - 1]!.length;
  if (pieces.length) at += 2; // the blank line between passages
  passages.push({ from, to, at });
  pieces.push(article.slice(from, to));
  at += to - from;
}
const text = `${pieces.join('\n\n')}\n`;

/** The item with its range in the new text, or undefined when it is not wholly inside a passage. */
function move<T extends Ranged>(item: T): T | undefined {
  const p = passages.find((q) => item.range.start >= q.from && item.range.end <= q.to);
  if (!p) return undefined;
  const shift = p.at - p.from;
  return { ...item, range: { start: item.range.start + shift, end: item.range.end + shift } };
}
const kept = <T extends Ranged>(items: T[]) =>
  items.map(move).filter((x): x is T => x !== undefined);

const figures = kept(read<(Ranged & { id: string; section?: string })[]>('figures'));
const ids = new Set(figures.map((f) => f.id));
const exclusions = kept(read<Ranged[]>('exclusions'));
const events = kept(read<(Ranged & { figures?: string[] })[]>('events')).map((e) =>
  e.figures ? { ...e, figures: e.figures.filter((f) => ids.has(f)) } : e,
);
const panels = read<{ figures: string[]; caveats?: { figures: string[] }[] }[]>('panels')
  .map((p) => {
    const out = { ...p, figures: p.figures.filter((f) => ids.has(f)) };
    // A caveat about a figure the excerpt drops no longer applies.
    if (p.caveats) {
      out.caveats = p.caveats.filter((c) => c.figures.every((f) => ids.has(f)));
      if (out.caveats.length === 0) delete out.caveats;
    }
    return out;
  })
  .filter((p) => p.figures.length > 0);
const report = read<Record<string, unknown> & { sections: { id: string }[] }>('report');
const sections = new Set(figures.map((f) => f.section));
// The excerpt is a report of its own: its downloads are named after its id, not the source's stem.
const source: Record<string, unknown> = { ...report };
delete source.fileStem;
const meta = {
  ...source,
  id,
  sha256: sha256(text),
  sections: report.sections.filter((s) => sections.has(s.id)),
  headlineFigures: ((report.headlineFigures as string[]) ?? []).filter((f) => ids.has(f)),
  summary: {
    zh: summaryZh ?? `测试用摘录：原报道第 ${lineSpec} 行。`,
    en: summaryEn ?? `Test fixture: lines ${lineSpec} of the report.`,
  },
};

const out = resolve(outDir);
writeReportFiles(out, { article: text, report: meta, figures, exclusions, panels, events });
if (glossaryPaths.length === 2) {
  const [from, to] = glossaryPaths as [string, string];
  const used = new Set([...ids, ...panels.map((p) => (p as { id?: string }).id)]);
  const flat = text.replace(/\s/g, '');
  const terms = (
    JSON.parse(readFileSync(from, 'utf8')) as { zh: string; zhForms?: string[]; uses: string[] }[]
  )
    .map((t) => ({ ...t, uses: t.uses.filter((u) => used.has(u)) }))
    .filter((t) => t.uses.length > 0 || [t.zh, ...(t.zhForms ?? [])].some((z) => flat.includes(z)));
  writeFileSync(resolve(to), `${JSON.stringify(terms, null, 2)}\n`);
  console.log(`excerpt-report: ${resolve(to)}: ${terms.length} glossary terms`);
}
console.log(
  `excerpt-report: ${out}: ${text.length} characters, ${figures.length} figures, ` +
    `${exclusions.length} exclusions, ${events.length} events, ${panels.length} panels`,
);
