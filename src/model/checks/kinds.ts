/**
 * What each kind of source must hold (report.json `kind`):
 * - `article`: article.txt and its sha256; figures quote the text at a range.
 * - `cited`: no stored text (no article.txt, no events); report.json has the address; every figure
 *   has a locator, the numeral and unit as written, and a description in our own words.
 * - `table`: table.csv and its sha256, the address and the table's title; every figure names its
 *   cell, whose number is the figure's value and whose header's unit is the figure's unit; every
 *   cell holding a number is a figure or an exclusion, exactly once.
 */
import { locateValue } from '../numerals.ts';
import { cellAt, cellNumber, headerUnit, type PublishedTable } from '../table.ts';
import type { CellExclusion } from '../schema.ts';
import type { Figure, Problem } from '../types.ts';
import { problemIn, type ReportCheck, type ReportContext } from './context.ts';

const ARTICLE_ONLY = ['quote', 'range'] as const;
const CITED_ONLY = ['locator', 'asWritten', 'description'] as const;
const TABLE_ONLY = ['cell'] as const;

export const reportKindFiles: ReportCheck = (ctx) => {
  const problems: Problem[] = [];
  const { meta, kind } = ctx;
  const present = ctx.present ?? [];
  const add = (key: Parameters<typeof problemIn>[1], field: string | undefined, message: string) =>
    problems.push(problemIn(ctx, key, { field, message }));
  if (kind !== 'article' && present.includes('article'))
    add(
      'article',
      undefined,
      `a ${kind} report keeps no article text: remove article.txt (${kind === 'cited' ? 'record numbers, units, locators and our own words only' : 'the table is table.csv'})`,
    );
  if (kind !== 'table' && present.includes('table'))
    add('table', undefined, `only a table report has a table.csv (report.json kind is "${kind}")`);
  if (!meta) return problems;
  if (kind !== 'article' && !meta.address)
    add('report', 'address', `a ${kind} report needs the address it was read at: {url, read}`);
  if (kind === 'table' && !meta.table)
    add('report', 'table', "a table report needs the table's title as published: {title, unit}");
  if (kind !== 'table' && meta.table)
    add('report', 'table', `is only for a table report (kind is "${kind}")`);
  if (kind === 'cited' && meta.sha256)
    add('report', 'sha256', 'a cited report stores no text to hash: remove sha256');
  if (kind !== 'cited' && !meta.sha256)
    add(
      'report',
      'sha256',
      `is missing: the sha256 of ${kind === 'table' ? 'table.csv' : 'article.txt'}`,
    );
  if (kind !== 'article' && (ctx.events?.length ?? 0) > 0)
    add('events', undefined, `a ${kind} report has no text for an event to quote: leave it empty`);
  return problems;
};

/** The table's sha256 (the article's is checks/report.ts articleHash). */
export const tableHash: ReportCheck = (ctx) => {
  if (ctx.kind !== 'table' || !ctx.meta?.sha256 || !ctx.sha256 || ctx.tableText === undefined)
    return [];
  const actual = ctx.sha256(ctx.tableText);
  return actual === ctx.meta.sha256
    ? []
    : [
        problemIn(ctx, 'table', {
          message: `sha256 ${actual} differs from ${ctx.meta.sha256} in report.json; the table must stay as published`,
        }),
      ];
};

function eachFigure(
  ctx: ReportContext,
  check: (f: Figure, add: (field: string, message: string) => void) => void,
): Problem[] {
  const problems: Problem[] = [];
  for (const f of ctx.figures ?? [])
    check(f, (field, message) =>
      problems.push(problemIn(ctx, 'figures', { record: `figure "${f.id}"`, field, message })),
    );
  return problems;
}

/** Each figure has the fields of its report's kind and none of another kind's. */
export const figureKindFields: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    const needs =
      ctx.kind === 'article' ? ARTICLE_ONLY : ctx.kind === 'cited' ? CITED_ONLY : TABLE_ONLY;
    for (const field of needs)
      if (f[field] === undefined) add(field, `is missing: a ${ctx.kind} report's figure needs it`);
    for (const field of [...ARTICLE_ONLY, ...CITED_ONLY, ...TABLE_ONLY])
      if (!(needs as readonly string[]).includes(field) && f[field] !== undefined)
        add(
          field,
          ctx.kind === 'cited' && (field === 'quote' || field === 'range')
            ? 'a cited report copies no passage: remove it (use locator, asWritten and description)'
            : `is not for a ${ctx.kind} report's figure: remove it`,
        );
  });

/**
 * A cited figure's `asWritten` is the numeral and unit as written (with the qualifier's words, as
 * in `近700位`), read by the one numeral reader: value, valueTo and qualifier must be what it reads.
 */
export const citedWritten: ReportCheck = (ctx) =>
  ctx.kind !== 'cited'
    ? []
    : eachFigure(ctx, (f, add) => {
        if (f.asWritten === undefined) return;
        const text = f.asWritten;
        const loc = locateValue(text, { ...f, range: { start: 0, end: text.length } });
        if (!loc || loc.written !== text.replace(/\s+/gu, ''))
          add(
            'asWritten',
            `"${text}" is not the value ${f.numeral ?? f.value} followed by its unit ${f.unit} (only the numeral and unit as written, no passage)`,
          );
        else if (loc.qualifier !== f.qualifier)
          add(
            'qualifier',
            `the record says "${f.qualifier}" but "${text}" says "${loc.qualifier}": use "${loc.qualifier}"`,
          );
      });

/**
 * The unit a table cell is counted in: its row header's, else its column header's, else the
 * table's. A row headed `#…` (a statistical yearbook's "of which": `#女会员人数` under
 * `会员人数(万人)`) is counted in the unit of the row it is part of.
 */
function cellUnit(ctx: ReportContext, row: string, column: string): string | undefined {
  return rowUnit(ctx.table!, row) ?? headerUnit(column) ?? ctx.meta?.table?.unit;
}

function rowUnit(table: PublishedTable, row: string): string | undefined {
  const own = headerUnit(row);
  if (own !== undefined || !row.startsWith('#')) return own;
  const at = table.rows.findIndex((r) => r.header === row);
  for (let i = at - 1; i >= 0; i -= 1) {
    const header = table.rows[i]!.header;
    if (!header.startsWith('#')) return headerUnit(header);
  }
  return undefined;
}

/** A table figure's cell exists, holds the figure's value, and its header's unit is the figure's. */
export const tableCells: ReportCheck = (ctx) => {
  const { table } = ctx;
  if (ctx.kind !== 'table' || !table) return [];
  return eachFigure(ctx, (f, add) => {
    if (!f.cell) return;
    const { row, column } = f.cell;
    if (!table.rows.some((r) => r.header === row))
      return add(
        'cell.row',
        `no row "${row}" in table.csv (rows: ${listOf(table.rows.map((r) => r.header))})`,
      );
    if (!table.columns.includes(column))
      return add(
        'cell.column',
        `no column "${column}" in table.csv (columns: ${listOf(table.columns)})`,
      );
    const text = cellAt(table, row, column)!;
    const number = cellNumber(text);
    if (number === undefined)
      add('cell', `the cell (${row}, ${column}) holds no number ("${text}")`);
    else if (number !== f.value)
      add('value', `is ${f.value} but the cell (${row}, ${column}) reads ${text}`);
    const unit = cellUnit(ctx, row, column);
    if (unit === undefined)
      add('unit', `is "${f.unit}" but neither the headers nor report.json table.unit state a unit`);
    else if (unit !== f.unit)
      add('unit', `is "${f.unit}" but the table counts the cell (${row}, ${column}) in "${unit}"`);
    if (f.qualifier !== 'exact') add('qualifier', 'a table cell is exact: use "exact"');
  });
};

const listOf = (items: string[]) => items.map((i) => `"${i}"`).join(', ');

function claimsCell(e: CellExclusion, row: string, column: string): boolean {
  return (
    (e.cell.row === undefined || e.cell.row === row) &&
    (e.cell.column === undefined || e.cell.column === column)
  );
}

/**
 * Coverage of a table: every cell holding a number is claimed exactly once, by one figure's cell
 * or one exclusion; an exclusion names a real row and column and claims at least one number.
 */
export const tableCoverage: ReportCheck = (ctx) => {
  const { table, cellExclusions, figures } = ctx;
  if (ctx.kind !== 'table' || !table || !cellExclusions || !figures) return [];
  const problems: Problem[] = [];
  const add = (record: string | undefined, field: string, message: string) =>
    problems.push(problemIn(ctx, 'exclusions', { record, field, message }));
  cellExclusions.forEach((e, i) => {
    const record = `exclusion #${i} (${describeCell(e)})`;
    if (e.cell.row !== undefined && !table.rows.some((r) => r.header === e.cell.row))
      add(record, 'cell.row', `no row "${e.cell.row}" in table.csv`);
    else if (e.cell.column !== undefined && !table.columns.includes(e.cell.column))
      add(record, 'cell.column', `no column "${e.cell.column}" in table.csv`);
    else if (!numericCells(table).some(([r, c]) => claimsCell(e, r, c)))
      add(record, 'cell', 'claims no cell that holds a number');
  });
  for (const [row, column] of numericCells(table)) {
    const claims = [
      ...figures
        .filter((f) => f.cell?.row === row && f.cell.column === column)
        .map((f) => `figure "${f.id}"`),
      ...cellExclusions.flatMap((e, i) =>
        claimsCell(e, row, column) ? [`exclusion #${i} (${describeCell(e)})`] : [],
      ),
    ];
    if (claims.length === 1) continue;
    const text = cellAt(table, row, column);
    add(
      undefined,
      'coverage',
      claims.length === 0
        ? `the cell (${row}, ${column}) = ${text} of table.csv is neither a figure's cell in figures.json nor listed in exclusions.json`
        : `the cell (${row}, ${column}) = ${text} of table.csv is claimed more than once: ${claims.join(', ')}`,
    );
  }
  return problems;
};

function numericCells(table: PublishedTable): [string, string][] {
  return table.rows.flatMap((r) =>
    table.columns.flatMap((c, i): [string, string][] =>
      cellNumber(r.cells[i] ?? '') === undefined ? [] : [[r.header, c]],
    ),
  );
}

const describeCell = (e: CellExclusion) =>
  e.cell.row !== undefined && e.cell.column !== undefined
    ? `cell ${e.cell.row}, ${e.cell.column}`
    : e.cell.row !== undefined
      ? `row ${e.cell.row}`
      : `column ${e.cell.column}`;

export const KIND_CHECKS: ReportCheck[] = [
  reportKindFiles,
  tableHash,
  figureKindFields,
  citedWritten,
  tableCells,
  tableCoverage,
];
