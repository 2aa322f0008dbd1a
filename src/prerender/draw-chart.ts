// TEMPORARY stand-in until the drawchart branch lands.
import { staticChartSvg } from '../export/print-chart';
import type { DrawSpec } from '../components/page-env';
export interface DrawnChart {
  html: string;
  svg: string;
  colours: [string, string][] | null;
}
export function drawChart(spec: DrawSpec): DrawnChart {
  const svg = staticChartSvg(spec.kind, spec.rows, spec.options, 560);
  return { html: svg, svg, colours: null };
}
export function darkSchemeCss(_pairs: [string, string][]): string {
  return '';
}
