/**
 * A `table` report's table.csv: a published statistical table, its numbers and headers as
 * published. The first row is the column headers (the first of them heads the row headers); every
 * other row starts with its row header. Pure string functions (no Node), shared by the validator
 * and the page.
 */

export interface PublishedTable {
  /** Column headers, without the first (the row headers' heading). */
  columns: string[];
  /** The heading over the row headers (`项目`). */
  corner: string;
  rows: { header: string; cells: string[] }[];
}

export interface TableProblem {
  /** 1-based line of table.csv, when the problem is on one line. */
  line?: number;
  message: string;
}

/** RFC 4180 fields: commas, double quotes doubled inside quoted fields, CRLF or LF line ends. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Parses table.csv; every problem (ragged rows, repeated headers) is listed, none thrown. */
export function parseTable(text: string): { table?: PublishedTable; problems: TableProblem[] } {
  const records = csvRecords(text);
  const problems: TableProblem[] = [];
  if (records.length < 2)
    return { problems: [{ message: 'needs a header row and at least one row' }] };
  const [head, ...body] = records as [string[], ...string[][]];
  const columns = head.slice(1).map((c) => c.trim());
  if (columns.length === 0) problems.push({ line: 1, message: 'the header row has no column' });
  const seenColumns = new Set<string>();
  columns.forEach((c) => {
    if (!c) problems.push({ line: 1, message: 'a column header is empty' });
    else if (seenColumns.has(c))
      problems.push({ line: 1, message: `column header "${c}" occurs twice` });
    seenColumns.add(c);
  });
  const seenRows = new Set<string>();
  const rows = body.map((r, i) => {
    const line = i + 2;
    const header = (r[0] ?? '').trim();
    if (r.length !== head.length)
      problems.push({
        line,
        message: `has ${r.length} fields but the header row has ${head.length}`,
      });
    if (!header) problems.push({ line, message: 'the row header is empty' });
    else if (seenRows.has(header))
      problems.push({ line, message: `row header "${header}" occurs twice` });
    seenRows.add(header);
    return { header, cells: r.slice(1).map((c) => c.trim()) };
  });
  return problems.length
    ? { problems }
    : { table: { corner: head[0]!.trim(), columns, rows }, problems };
}

/** A cell that holds a number (`224605`, `714.26`); empty, `…` or `***` cells hold none. */
export function cellNumber(cell: string): number | undefined {
  return /^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : undefined;
}

/** The text of one cell, or undefined when the row or column does not exist. */
export function cellAt(table: PublishedTable, row: string, column: string): string | undefined {
  const c = table.columns.indexOf(column);
  const r = table.rows.find((x) => x.header === row);
  return c < 0 || !r ? undefined : (r.cells[c] ?? '');
}

/**
 * The unit a header states in parentheses, half- or full-width (`职工人数(万人)` → `万人`,
 * `妇联干部数（人）` → `人`), or undefined.
 */
export function headerUnit(header: string): string | undefined {
  return /[(（]([^()（）]+)[)）]\s*$/.exec(header)?.[1]?.trim();
}
