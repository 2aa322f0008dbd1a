/**
 * What a drawn chart shows, as a short stable key: its kind, rows and options, without the colour
 * scheme (a drawing follows it by CSS) or the width (a drawing scales). The build writes the key
 * beside each pre-rendered chart; the browser computes it for its own view and keeps the drawing
 * while the keys agree, so it never shows a drawing of something else.
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import type { ChartOptions } from './style';

export function drawKey(
  kind: ChartKind,
  rows: readonly FigureRow[],
  options: Omit<ChartOptions, 'insets' | 'animation' | 'width'>,
): string {
  const { scheme: _scheme, ...shown } = options;
  return hash(JSON.stringify([kind, rows, shown]));
}

/** FNV-1a, 2 × 32 bits, as 13 base-36 digits or fewer. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
