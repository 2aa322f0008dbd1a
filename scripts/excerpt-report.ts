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
 *
 * Never overwrites curated work: an existing `<out-dir>` or glossary copy is refused unless
 * `--force` is given, and even then nothing inside the data directory ($DATASET_DIR or data/) and
 * never the source itself is replaced; `<new-id>` must be a kebab-case id naming `<out-dir>`. The
 * result is written beside its target and then moved into place. A bad argument is one line and
 * exit 2; a refused or unreadable file, exit 1.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { REPORT_FILES, type ReportFileKey } from '../src/model/paths.ts';
import { defaultDataDir, readDataFile, readReportFiles, sha256 } from '../src/model/read.ts';
import { writeReportFiles, type ReportFolder } from '../src/model/write.ts';
import { checkArticle, parseStrictJson } from '../src/model/strict-read.ts';
import type { Problem } from '../src/model/types.ts';
import { checkReportId, CliFailure, existingFile, parseArgs, runCli, UsageError } from './cli.ts';

interface Ranged {
  id?: string;
  range: { start: number; end: number };
}
interface Passage {
  from: number;
  to: number;
  at: number;
}

const NAME = 'excerpt-report';
const USAGE =
  'npm run excerpt-report -- <source-report-dir> <out-dir> <new-id> <lines, e.g. 1-15,33-58> ' +
  '[summary-zh] [summary-en] [--glossary <glossary.json> <out.json>] [--force]';

/** `child` is `parent` or inside it. */
const inside = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The arguments, checked; a UsageError names the first bad one. */
function readArgs(argv: readonly string[]) {
  const { flags, positionals } = parseArgs(argv, {
    flags: { '--glossary': 2, '--force': 0 },
    positionals: [
      '<source-report-dir>',
      '<out-dir>',
      '<new-id>',
      '<lines>',
      '[summary-zh]',
      '[summary-en]',
    ],
    optional: 2,
  });
  const [sourceDir, outDir, id, lineSpec, summaryZh, summaryEn] = positionals as [
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  checkReportId(id);
  const out = resolve(outDir);
  if (basename(out) !== id)
    throw new UsageError(`<out-dir> ${outDir} must be a folder named after <new-id> "${id}"`);
  const glossary = flags['--glossary'] as [string, string] | undefined;
  return {
    source: resolve(sourceDir),
    out,
    id,
    lineSpec,
    summaryZh,
    summaryEn,
    force: flags['--force'] !== undefined,
    glossary: glossary && {
      from: resolve(existingFile(glossary[0], 'glossary')),
      to: resolve(glossary[1]),
    },
  };
}

/**
 * Refuses a target that holds curated work: the source itself, anything existing in the data
 * directory, and any other existing file or folder unless --force.
 */
function checkTarget(target: string, what: string, sources: string[], force: boolean): void {
  const dataDir = resolve(defaultDataDir());
  if (sources.some((s) => inside(target, s) || inside(s, target)))
    throw new UsageError(`${what} ${target} is (or holds) the source; write the excerpt elsewhere`);
  if (!existsSync(target)) return;
  if (inside(dataDir, target))
    throw new CliFailure(`${target} is curated data in ${dataDir}; it is never overwritten`);
  if (!force)
    throw new CliFailure(`${target} exists already; pass --force to replace it, or remove it`);
}

/** Writes into a fresh folder beside `out`, then moves it into place (replacing `out` last). */
function writeAtomically(out: string, files: ReportFolder): void {
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  writeReportFiles(tmp, files);
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
}

/** The source report's files, read by the strict data reader; a refusal names the file. */
function readSource(dir: string) {
  const problems: Problem[] = [];
  const files = readReportFiles(dir, { problems });
  if (problems[0])
    throw new CliFailure(`${join(dir, basename(problems[0].file))} ${problems[0].message}`);
  const need = (key: ReportFileKey): string => {
    const text = files[key];
    if (text === undefined) throw new CliFailure(`${join(dir, REPORT_FILES[key])} is missing`);
    return text;
  };
  const strictly = <T>(file: string, check: () => T): T => {
    try {
      return check();
    } catch (error) {
      throw new CliFailure(`${file} ${(error as Error).message}`);
    }
  };
  const article = strictly(join(dir, REPORT_FILES.article), () =>
    checkArticle(need('article'), REPORT_FILES.article),
  );
  const read = <T>(key: Exclude<ReportFileKey, 'article'>): T =>
    strictly(join(dir, REPORT_FILES[key]), () => parseStrictJson(need(key), key) as T);
  return { article, read };
}

/** The glossary cut down to what the excerpt still uses, written beside `to` then moved. */
function writeGlossary(from: string, to: string, used: Set<string | undefined>, text: string) {
  const source = (() => {
    try {
      return parseStrictJson(readDataFile(from, from) ?? '', from) as {
        zh: string;
        zhForms?: string[];
        uses: string[];
      }[];
    } catch (error) {
      throw new CliFailure(`${from} ${(error as Error).message.replace(`${from}: `, '')}`);
    }
  })();
  const flat = text.replace(/\s/g, '');
  const terms = source
    .map((t) => ({ ...t, uses: t.uses.filter((u) => used.has(u)) }))
    .filter((t) => t.uses.length > 0 || [t.zh, ...(t.zhForms ?? [])].some((z) => flat.includes(z)));
  const tmp = `${to}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(terms, null, 2)}\n`);
  renameSync(tmp, to);
  console.log(`${NAME}: ${to}: ${terms.length} glossary terms`);
}

function main() {
  const args = readArgs(process.argv.slice(2));
  const { id, lineSpec, summaryZh, summaryEn, out } = args;
  checkTarget(out, '<out-dir>', [args.source], args.force);
  if (args.glossary)
    checkTarget(args.glossary.to, 'glossary copy', [args.glossary.from, args.source], args.force);
  const { article, read } = readSource(args.source);
  const lines = article.split('\n');
  const lineStart: number[] = [];
  lines.reduce((offset, line, i) => ((lineStart[i] = offset), offset + line.length + 1), 0);

  const passages: Passage[] = [];
  const pieces: string[] = [];
  let at = 0;
  for (const spec of lineSpec.split(',')) {
    const [a, b = a] = spec.split('-').map(Number);
    if (!/^\d+(-\d+)?$/.test(spec) || !a || !b || b < a || b > lines.length)
      throw new UsageError(`bad line range "${spec}" (the article has ${lines.length} lines)`);
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

  writeAtomically(out, { article: text, report: meta, figures, exclusions, panels, events });
  if (args.glossary)
    writeGlossary(
      args.glossary.from,
      args.glossary.to,
      new Set([...ids, ...panels.map((p) => (p as { id?: string }).id)]),
      text,
    );
  console.log(
    `${NAME}: ${out}: ${text.length} characters, ${figures.length} figures, ` +
      `${exclusions.length} exclusions, ${events.length} events, ${panels.length} panels`,
  );
}

runCli(NAME, USAGE, main);
