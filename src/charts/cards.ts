import type { EChartsOption } from 'echarts';
import type { FigureRow } from '../selectors/rows';
import { PALETTES, fontStack, type ChartOptions } from './style';

/** Value, up to two lines of label, period, organisation (as the on-screen card shows them). */
const CARD_HEIGHT = 132;
const GAP = 12;
const MIN_CARD_WIDTH = 220;
/** Left/right margin, matching the 16 px the export caption is set in by. */
const SIDE = 16;

/**
 * Columns for n cards in a width: as many as fit at MIN_CARD_WIDTH, at most n and at most 3, then
 * as few as keep the same number of rows (four cards are two rows of two, not three and one).
 */
export function cardColumns(n: number, width: number): number {
  const most = Math.max(1, Math.min(n, 3, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP))));
  return Math.ceil(Math.max(1, n) / Math.ceil(Math.max(1, n) / most));
}

export function cardsChartHeight(n: number, width: number, insets = { top: 0, bottom: 0 }): number {
  const rows = Math.ceil(Math.max(1, n) / cardColumns(n, width - 2 * SIDE));
  return rows * CARD_HEIGHT + (rows - 1) * GAP + insets.top + insets.bottom + 8;
}

/**
 * Single figures as cards, drawn with ECharts graphics. On screen, cards are HTML; this builder
 * exists so a cards panel exports to PNG and SVG like every other panel.
 */
export function buildCardsOption(rows: readonly FigureRow[], opts: ChartOptions): EChartsOption {
  const c = PALETTES[opts.scheme];
  const font = fontStack(opts.lang);
  const width = opts.width ?? 640;
  const insets = opts.insets ?? { top: 0, bottom: 0 };
  const inner = width - 2 * SIDE;
  const cols = cardColumns(rows.length, inner);
  // The last row's cards share its whole width, as on screen: no empty slot beside them.
  const lastRow = Math.floor((rows.length - 1) / cols);
  const widthIn = (row: number) => {
    const k = row === lastRow ? rows.length - lastRow * cols : cols;
    return (inner - (k - 1) * GAP) / k;
  };
  const elements = rows.map((r, i) => {
    const cardWidth = widthIn(Math.floor(i / cols));
    const x = SIDE + (i % cols) * (cardWidth + GAP);
    const y = insets.top + Math.floor(i / cols) * (CARD_HEIGHT + GAP);
    return {
      type: 'group' as const,
      x,
      y,
      children: [
        {
          type: 'rect' as const,
          shape: { x: 0, y: 0, width: cardWidth, height: CARD_HEIGHT, r: 6 },
          style: { fill: c.cardBg, stroke: c.cardBorder, lineWidth: 1 },
        },
        {
          type: 'text' as const,
          x: 14,
          y: 14,
          style: {
            text: r.valueText,
            fill: c.bar,
            font: `bold 24px ${font}`,
            width: cardWidth - 28,
            overflow: 'truncate' as const,
          },
        },
        {
          type: 'text' as const,
          x: 14,
          y: 50,
          style: {
            text: r.label,
            fill: c.text,
            font: `14px ${font}`,
            width: cardWidth - 28,
            overflow: 'break' as const,
            lineHeight: 18,
          },
        },
        {
          type: 'text' as const,
          x: 14,
          y: CARD_HEIGHT - 40,
          style: {
            text: r.period,
            fill: c.muted,
            font: `12px ${font}`,
            width: cardWidth - 28,
            overflow: 'truncate' as const,
          },
        },
        {
          type: 'text' as const,
          x: 14,
          y: CARD_HEIGHT - 22,
          style: {
            text: r.organisation,
            fill: c.muted,
            font: `12px ${font}`,
            width: cardWidth - 28,
            overflow: 'truncate' as const,
          },
        },
      ],
    };
  });
  return {
    animation: opts.animation ?? true,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: font, color: c.text },
    aria: { enabled: true, label: { description: opts.description } },
    graphic: { elements },
  };
}
