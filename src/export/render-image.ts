/**
 * Renders a panel to PNG or SVG off screen: a fresh ECharts instance at a fixed export width
 * (not the on-screen width, so a phone export reads like a desktop one), animation off, fonts
 * loaded first, so the image is never a half-drawn frame and never depends on what the on-screen
 * chart is doing. The caption is laid out (wrapped) with canvas metrics of the font that draws it.
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import { CHART_REGISTRY } from '../charts/registry';
import { layoutExportCaption, withExportFrame, type ExportCaption } from '../charts/export-frame';
import type { FontMeasure } from '../charts/line-break';
import { PALETTES, type ChartStyle } from '../charts/style';
import { loadECharts } from '../charts/echarts';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsType } from 'echarts/core';

export interface RenderRequest {
  kind: ChartKind;
  rows: readonly FigureRow[];
  options: ChartStyle;
  caption: ExportCaption;
  /** CSS width of the image (EXPORT_WIDTH); PNG pixels are width × pixelRatio. */
  width: number;
}

const FINISHED_TIMEOUT_MS = 3000;

let measureContext: CanvasRenderingContext2D | null = null;

/** Text width with the font that will draw it (canvas metrics, after document.fonts.ready). */
export const canvasMeasure: FontMeasure = (text, font) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 16; // no canvas: assume wide glyphs, never clip
  measureContext.font = font;
  return measureContext.measureText(text).width;
};

async function withInstance<T>(
  req: RenderRequest,
  renderer: 'canvas' | 'svg',
  draw: (chart: EChartsType, height: number) => T,
): Promise<T> {
  if (typeof document !== 'undefined' && document.fonts?.ready) await document.fonts.ready;
  const echarts = await loadECharts();
  // Only exports need free graphics (caption lines, cards) and the SVG renderer.
  echarts.use([GraphicComponent, SVGRenderer]);
  const spec = CHART_REGISTRY[req.kind];
  const layout = layoutExportCaption(req.caption, req.width, req.options.lang, canvasMeasure);
  const insets = layout.insets;
  const height = spec.height(req.rows, req.width, insets);
  // SVG is drawn server-side style (no DOM): ECharts' DOM SVG renderer writes style attributes,
  // which the page's CSP (style-src 'self', no 'unsafe-inline') refuses; the string is the same.
  const ssr = renderer === 'svg';
  const host = ssr ? null : document.createElement('div');
  if (host) {
    host.style.cssText = `position:fixed;left:-10000px;top:0;width:${req.width}px;height:${height}px;`;
    document.body.appendChild(host);
  }
  const chart = echarts.init(host, null, { renderer, width: req.width, height, ssr });
  try {
    const option = spec.build(req.rows, {
      ...req.options,
      width: req.width,
      insets,
      animation: false,
    });
    const finished = ssr
      ? Promise.resolve() // drawn synchronously by setOption
      : new Promise<void>((resolve) => {
          chart.on('finished', () => resolve());
          setTimeout(resolve, FINISHED_TIMEOUT_MS);
        });
    chart.setOption(withExportFrame(option, layout, req.options.scheme, height));
    await finished;
    return draw(chart, height);
  } finally {
    chart.dispose();
    host?.remove();
  }
}

/** A PNG data URL at `pixelRatio` (2 by default) with a solid background for the scheme. */
export function renderPng(req: RenderRequest, pixelRatio = 2): Promise<string> {
  return withInstance(req, 'canvas', (chart) =>
    chart.getDataURL({
      type: 'png',
      pixelRatio,
      backgroundColor: PALETTES[req.options.scheme].background,
    }),
  );
}

/** A standalone SVG document with the same content as the PNG. */
export function renderSvg(req: RenderRequest): Promise<string> {
  return withInstance(req, 'svg', (chart) => {
    const svg = chart.renderToSVGString();
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  });
}
