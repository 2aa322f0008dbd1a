/** Panels reference real figures of their theme, share one axis honestly; every figure is shown. */
import type { Figure, Problem } from '../types.ts';
import { chartKindProblem } from '../chart-kinds.ts';
import { duplicates } from './parse.ts';
import { problemIn, type ReportCheck } from './context.ts';

export const headlineFigures: ReportCheck = (ctx) => {
  if (!ctx.meta || !ctx.figures) return [];
  const ids = new Set(ctx.figures.map((f) => f.id));
  const named = ctx.meta.headlineFigures;
  return [
    ...named
      .filter((id) => !ids.has(id))
      .map((id) =>
        problemIn(ctx, 'report', { field: 'headlineFigures', message: `unknown figure "${id}"` }),
      ),
    // A figure named twice would show its card twice.
    ...named
      .filter((id, i) => named.indexOf(id) !== i)
      .map((id) =>
        problemIn(ctx, 'report', {
          field: 'headlineFigures',
          message: `lists figure "${id}" twice`,
        }),
      ),
  ];
};

export const panelContents: ReportCheck = (ctx) => {
  const { panels, figures } = ctx;
  if (!panels || !figures) return [];
  const problems: Problem[] = duplicates(
    panels,
    (p) => p.id,
    { report: ctx.report, file: `data/reports/${ctx.report}/panels.json` },
    'panel',
    'id',
  );
  const byId = new Map(figures.map((f) => [f.id, f]));
  const themes = ctx.shared.themes && new Set(ctx.shared.themes.map((t) => t.id));
  for (const p of panels) {
    const record = `panel "${p.id}"`;
    const add = (field: string, message: string) =>
      problems.push(problemIn(ctx, 'panels', { record, field, message }));
    if (themes && !themes.has(p.theme)) add('theme', `unknown theme "${p.theme}"`);
    const members: Figure[] = [];
    for (const id of p.figures) {
      const f = byId.get(id);
      if (!f) {
        add('figures', `unknown figure "${id}"`);
        continue;
      }
      if (f.theme !== p.theme)
        add('figures', `figure "${id}" belongs to theme "${f.theme}", not "${p.theme}"`);
      members.push(f);
    }
    if (new Set(p.figures).size !== p.figures.length) add('figures', 'lists a figure twice');
    (p.caveats ?? []).forEach((c, i) => {
      for (const id of c.figures)
        if (!p.figures.includes(id))
          add(`caveats[${i}].figures`, `names figure "${id}", which is not in this panel`);
    });
    // Bars are read against each other on one axis: different quantities of different periods
    // side by side need a note or a caveat saying how they differ (one indicator over time, a
    // series, needs none). From the labels review of the 2023 article, now a rule for all data.
    if (p.chart === 'bar' && !p.note && !p.caveats?.length) {
      const periods = new Set(members.map((f) => JSON.stringify(f.period))).size;
      const indicators = new Set(members.map((f) => f.indicator)).size;
      if (periods > 1 && indicators > 1)
        add(
          'note',
          `sets ${indicators} different quantities of ${periods} different periods side by side on one axis: add a note (or a caveat) saying how they differ, or split the panel`,
        );
    }
    // The kind's own rule (chart-kinds.ts), the one the builders throw on.
    const problem = chartKindProblem(
      p.chart,
      members.map((f) => ({ id: f.id, unit: f.base.unit })),
    );
    if (problem) add('chart', problem);
  }
  return problems;
};

export const everyFigureShown: ReportCheck = (ctx) => {
  if (!ctx.panels || !ctx.figures) return [];
  const shown = new Set([
    ...(ctx.meta?.headlineFigures ?? []),
    ...ctx.panels.flatMap((p) => p.figures),
  ]);
  return ctx.figures
    .filter((f) => !shown.has(f.id) && !f.draft)
    .map((f) =>
      problemIn(ctx, 'panels', {
        record: `figure "${f.id}"`,
        field: 'figures',
        message: 'appears in no panel and no headline card',
      }),
    );
};

/**
 * A key figure (report.json `headlineFigures`) is already a card at the top of the page: a cards
 * panel that holds only key figures would show the same cards twice (the page review: 3523家 and
 * 64.97万人 were both key figures and the two cards of 基层工会与会员). A key figure may sit in a
 * chart, or among cards that are not key figures, where the panel says more than the cards.
 */
export const keyFigureNotRepeated: ReportCheck = (ctx) => {
  if (!ctx.meta || !ctx.panels) return [];
  const key = new Set(ctx.meta.headlineFigures);
  return ctx.panels
    .filter(
      (p) => p.chart === 'cards' && p.figures.length > 0 && p.figures.every((id) => key.has(id)),
    )
    .map((p) =>
      problemIn(ctx, 'panels', {
        record: `panel "${p.id}"`,
        field: 'figures',
        message:
          p.figures.length === 1
            ? `shows only figure "${p.figures[0]}", which is already a key-figure card (report.json headlineFigures): drop the panel, put the figure in another panel, or drop it from headlineFigures`
            : `shows only figures ${p.figures.map((id) => `"${id}"`).join(', ')}, which are all key-figure cards already (report.json headlineFigures): drop the panel, add a figure that is not a key figure, or drop them from headlineFigures`,
      }),
    );
};

export const PANEL_CHECKS: ReportCheck[] = [
  headlineFigures,
  panelContents,
  everyFigureShown,
  keyFigureNotRepeated,
];
