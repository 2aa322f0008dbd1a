/**
 * The key of a drawn chart: a short hash of what it draws (kind, rows, options), written into the
 * pre-rendered page as `data-drawn-chart`. Pure and without ECharts, so the browser can compute
 * the key of the chart it would draw live and keep the drawn one when the two keys are equal.
 * The widths drawn at are not part of it: the live chart draws at its own width.
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import type { ChartOptions } from './style';

/** What a panel passes to every drawing (the scheme, width, insets and animation are the drawer's). */
export type DrawnChartOptions = Omit<ChartOptions, 'scheme' | 'width' | 'insets' | 'animation'>;

/**
 * JSON with object keys sorted at every depth and `undefined` members left out, so two equal
 * values always give the same text whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Functions and undefined have no JSON form: null, as JSON.stringify writes them in arrays.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * cyrb53 (a public-domain 53-bit string hash): not cryptographic, only stable and well spread,
 * and the same in Node and the browser (no node:crypto, no async SubtleCrypto).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The key of a chart of this kind, these rows and these options (about 11 base-36 characters).
 * Options may be a panel's whole `chartOptions`: scheme, width, insets and animation are left out
 * (a drawing carries both schemes, and the live chart draws at its own width).
 */
export function drawnChartKey(
  kind: ChartKind,
  rows: readonly FigureRow[],
  options: DrawnChartOptions | Partial<ChartOptions>,
): string {
  const drawn: Record<string, unknown> = { ...options };
  for (const notDrawn of ['scheme', 'width', 'insets', 'animation']) delete drawn[notDrawn];
  // A row's record is what it was read from, not what is drawn (its drawn fields are the row's).
  const drawnRows = rows.map(({ figure: _record, ...row }) => row);
  return hash53(canonicalJson({ kind, rows: drawnRows, options: drawn })).toString(36);
}
