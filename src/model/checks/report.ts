/** Checks on the report as a whole: its id, its text's hash, its events. */
import { textAt } from '../numerals.ts';
import type { Problem } from '../types.ts';
import { duplicates } from './parse.ts';
import { problemIn, type ReportCheck } from './context.ts';

export const reportId: ReportCheck = (ctx) =>
  ctx.meta && ctx.meta.id !== ctx.report
    ? [
        problemIn(ctx, 'report', {
          field: 'id',
          message: `is "${ctx.meta.id}" but the folder is "${ctx.report}"`,
        }),
      ]
    : [];

export const articleHash: ReportCheck = (ctx) => {
  if (ctx.kind !== 'article' || !ctx.meta?.sha256 || !ctx.sha256) return [];
  const actual = ctx.sha256(ctx.article);
  return actual === ctx.meta.sha256
    ? []
    : [
        problemIn(ctx, 'article', {
          message: `sha256 ${actual} differs from ${ctx.meta.sha256} in report.json; the article must stay byte for byte as published`,
        }),
      ];
};

export const eventRecords: ReportCheck = (ctx) => {
  const { events, article } = ctx;
  if (!events) return [];
  const problems: Problem[] = duplicates(
    events,
    (e) => e.id,
    { report: ctx.report, file: `data/reports/${ctx.report}/events.json` },
    'event',
    'id',
  );
  const figureIds = ctx.figures && new Set(ctx.figures.map((f) => f.id));
  for (const e of events) {
    const record = `event "${e.id}"`;
    const add = (field: string, message: string) =>
      problems.push(problemIn(ctx, 'events', { record, field, message }));
    const actual =
      e.range.end > article.length ? '(past the end)' : `"${textAt(article, e.range)}"`;
    if (actual !== `"${e.quote}"`)
      add(
        'range',
        `quote "${e.quote}" not found at ${e.range.start}..${e.range.end} (the text there is ${actual})`,
      );
    if (e.end && e.end < e.start) add('end', 'is before start');
    for (const id of e.figures)
      if (figureIds && !figureIds.has(id)) add('figures', `unknown figure "${id}"`);
  }
  return problems;
};

/**
 * No date of a report is later than today: a typo (2099, 2032 for 2023) would make the report the
 * newest, so the page would open on it.
 */
export const reportDates: ReportCheck = (ctx) => {
  const { meta, today } = ctx;
  if (!meta || !today) return [];
  const dates: [string, string | undefined][] = [
    ['date', meta.date],
    ['republication.date', meta.republication?.date],
    ['address.read', meta.address?.read],
    ['lastChecked', meta.lastChecked],
  ];
  return dates.flatMap(([field, date]) =>
    date !== undefined && date > today
      ? [problemIn(ctx, 'report', { field, message: `is ${date}, later than today (${today})` })]
      : [],
  );
};

/** `npm run new-report` marks what the curator must fill in; nothing marked may pass. */
export const reportDrafts: ReportCheck = (ctx) => {
  const problems: Problem[] = [];
  if (ctx.meta?.draft?.length)
    problems.push(
      problemIn(ctx, 'report', {
        field: 'draft',
        message: `is a draft: fill in ${ctx.meta.draft.join(', ')}, then remove "draft"`,
      }),
    );
  (ctx.exclusions ?? []).forEach((e, i) => {
    if (e.draft)
      problems.push(
        problemIn(ctx, 'exclusions', {
          record: `exclusion #${i} ("${e.text}")`,
          field: 'draft',
          message:
            'is a draft: confirm category and reason (or make it a figure), then remove "draft"',
        }),
      );
  });
  return problems;
};

export const REPORT_CHECKS: ReportCheck[] = [
  reportId,
  articleHash,
  reportDates,
  eventRecords,
  reportDrafts,
];
