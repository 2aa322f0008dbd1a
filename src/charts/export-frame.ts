import type { EChartsOption } from 'echarts';
import { FONT_STACK, PALETTES, type Scheme } from './style';

/** What an exported image says around the chart, so it stands on its own in a slide. */
export interface ExportCaption {
  title: string;
  /** Period and unit, e.g. `五年来（2018—2023年） · 单位：元`. */
  subtitle: string;
  /** The active filter, e.g. `筛选：全部主题，全部年份`. */
  filter: string;
  /** `数据来源：《奋力开创新时代兵团工会工作新局面》，2023-07-24`. */
  source: string;
}

/** Space the caption takes above and below the plot, in CSS pixels. */
export const EXPORT_INSETS = { top: 92, bottom: 40 } as const;

/**
 * Returns a new option with the caption baked in: title and subtitle lines on top, the source
 * line at the bottom, a solid background for the scheme, animation off. The input is not mutated.
 * The builder must have been given EXPORT_INSETS so the plot leaves room for the caption.
 */
export function withExportFrame(
  option: EChartsOption,
  caption: ExportCaption,
  scheme: Scheme,
  height: number,
): EChartsOption {
  const c = PALETTES[scheme];
  const existing = option.graphic as { elements?: unknown[] } | undefined;
  // Plain graphic text rather than ECharts' title component: one less module to ship.
  const text = (top: number, value: string, font: string, fill: string) => ({
    type: 'text',
    left: 16,
    top,
    style: { text: value, fill, font },
  });
  const elements = [
    ...(existing?.elements ?? []),
    text(14, caption.title, `bold 18px ${FONT_STACK}`, c.text),
    text(44, caption.subtitle, `12px ${FONT_STACK}`, c.muted),
    text(64, caption.filter, `12px ${FONT_STACK}`, c.muted),
    {
      type: 'text',
      left: 16,
      top: height - EXPORT_INSETS.bottom + 14,
      style: { text: caption.source, fill: c.muted, font: `12px ${FONT_STACK}` },
    },
  ];
  return {
    ...option,
    animation: false,
    backgroundColor: c.background,
    graphic: { elements } as EChartsOption['graphic'],
  };
}
