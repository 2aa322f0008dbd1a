/** Checks on the shared files and across reports. */
import { CORPUS_FILE_STEM, reportFileStem } from '../file-stem.ts';
import { sharedPath } from '../paths.ts';
import type { Problem } from '../types.ts';
import { duplicates } from './parse.ts';
import { problemIn, type CorpusCheck } from './context.ts';
import { glossaryTerms } from './glossary.ts';
import { unitsFile } from './units.ts';

export const themeKeys: CorpusCheck = (_reports, { themes }) =>
  themes
    ? [
        ...duplicates(themes, (t) => t.id, { file: sharedPath('themes') }, 'theme', 'id'),
        ...duplicates(
          themes,
          (t) => String(t.order),
          { file: sharedPath('themes') },
          'theme',
          'order',
        ),
      ]
    : [];

/** Entity ids are unique and every parent exists, with no cycle. */
export const entityTree: CorpusCheck = (_reports, { entities }) => {
  if (!entities) return [];
  const file = sharedPath('entities');
  const problems: Problem[] = duplicates(entities, (e) => e.id, { file }, 'entity', 'id');
  const parent = new Map(entities.map((e) => [e.id, e.parent]));
  for (const e of entities) {
    const record = `entity "${e.id}"`;
    if (e.parent !== null && !parent.has(e.parent)) {
      problems.push({ file, record, field: 'parent', message: `unknown entity "${e.parent}"` });
      continue;
    }
    const seen = new Set([e.id]);
    for (let p = e.parent; p !== null && p !== undefined; p = parent.get(p) ?? null) {
      if (seen.has(p)) {
        problems.push({
          file,
          record,
          field: 'parent',
          message: `parents form a cycle through "${p}"`,
        });
        break;
      }
      seen.add(p);
    }
  }
  return problems;
};

/** One indicator counts one thing: the same base unit in every report. */
export const indicatorUnits: CorpusCheck = (reports) => {
  const first = new Map<string, { unit: string; where: string }>();
  const problems: Problem[] = [];
  for (const ctx of reports)
    for (const f of ctx.figures ?? []) {
      if (f.draft?.includes('indicator')) continue;
      const seen = first.get(f.indicator);
      const where = `figure "${f.id}" of report ${ctx.report}`;
      if (!seen) first.set(f.indicator, { unit: f.base.unit, where });
      else if (seen.unit !== f.base.unit)
        problems.push({
          report: ctx.report,
          file: `data/reports/${ctx.report}/figures.json`,
          record: `figure "${f.id}"`,
          field: 'indicator',
          message: `"${f.indicator}" is counted in ${f.base.unit} here but in ${seen.unit} by ${seen.where}`,
        });
    }
  return problems;
};

/**
 * Downloads never share a name (src/export/file-names.ts): across the corpus, every report's
 * `<stem>-figures` and `<stem>-<panel-id>` are distinct, and none is `all-reports-figures`, the
 * download of several reports. The stem is `fileStem`, else the report id; the schema makes it
 * kebab-case ASCII.
 */
export const fileStems: CorpusCheck = (reports) => {
  const problems: Problem[] = [];
  const owner = new Map<string, { report?: string; what: string }>([
    [`${CORPUS_FILE_STEM}-figures`, { what: 'the download of several reports' }],
  ]);
  for (const ctx of reports) {
    if (!ctx.meta) continue;
    const stem = reportFileStem(ctx.meta);
    const names: [string, string, string | undefined][] = [
      [`${stem}-figures`, 'its figures', undefined],
      ...(ctx.panels ?? []).map((p): [string, string, string] => [
        `${stem}-${p.id}`,
        `panel "${p.id}"`,
        p.id,
      ]),
    ];
    for (const [name, what, panel] of names) {
      const other = owner.get(name);
      if (!other) {
        owner.set(name, { report: ctx.report, what });
        continue;
      }
      const clash = `${what} downloads as "${name}-<lang>.<ext>", as does ${other.what}${other.report && other.report !== ctx.report ? ` of report ${other.report}` : ''}`;
      problems.push(
        other.report === ctx.report && panel
          ? problemIn(ctx, 'panels', {
              record: `panel "${panel}"`,
              field: 'id',
              message: `${clash}; rename the panel`,
            })
          : problemIn(ctx, 'report', {
              field: ctx.meta.fileStem === undefined ? 'id' : 'fileStem',
              message: `${clash}; give this report its own "fileStem"`,
            }),
      );
    }
  }
  return problems;
};

/**
 * No two reports keep the same text (the same sha256 of article.txt or table.csv) under the same
 * date: which one the page opens on would then be decided by folder names alone, and every figure
 * would be counted twice. The later folder (in name order) is the one named. The same text under
 * another date is allowed: the synthetic copies `npm run bench` and tests/integration add
 * (scripts/synthetic-reports.mjs) are just that, and their dates order them.
 */
export const sameText: CorpusCheck = (reports) => {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const ctx of reports) {
    const { meta } = ctx;
    if (!meta?.sha256) continue;
    const key = `${ctx.kind}:${meta.sha256}:${meta.date}`;
    const other = first.get(key);
    if (other === undefined) {
      first.set(key, ctx.report);
      continue;
    }
    const file = ctx.kind === 'table' ? 'table.csv' : 'article.txt';
    problems.push(
      problemIn(ctx, 'report', {
        field: 'sha256',
        message: `is the sha256 of report ${other} too, with the same date ${meta.date}: its ${file} is the same text, and which one the page opens on would depend on folder names; keep one report of it`,
      }),
    );
  }
  return problems;
};

export const CORPUS_CHECKS: CorpusCheck[] = [
  sameText,
  themeKeys,
  entityTree,
  indicatorUnits,
  glossaryTerms,
  fileStems,
  unitsFile,
];
