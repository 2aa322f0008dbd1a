/**
 * Every chart prints, even one never scrolled into view: before the print snapshot
 * (`beforeprint`, or the print media query turning on) each panel writes a static SVG of its
 * chart into a print-only box. ECharts' SSR SVG mode draws synchronously, so the SVG is in the
 * page before the browser lays out the printout. The renderer is part of the ECharts chunk
 * (echart.tsx registers it), loaded with the first chart, so it costs nothing on first paint.
 */
import { useEffect, useRef } from 'react';
import type { ChartKind } from '../../model/schema';
import type { FigureRow } from '../../selectors/rows';
import type { ChartStyle } from '../../charts/style';
import type * as PrintChartModule from '../../export/print-chart';

type Renderer = PrintChartModule.StaticChartSvg;
let renderer: Renderer | null = null;

/** Called by the ECharts chunk once loaded: from then on, printing draws every chart. */
export function setPrintRenderer(r: Renderer): void {
  renderer = r;
}

const preparers = new Set<() => void>();
const drawers = new Set<() => void>();
let listening = false;

/** Before the print snapshot: let the page mount what it deferred, then draw every chart. */
function beforePrint(): void {
  for (const prepare of preparers) prepare();
  for (const draw of drawers) draw();
}

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', beforePrint);
  window.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && beforePrint());
}

/**
 * Runs `prepare` first when printing starts (synchronously, e.g. a flushSync that mounts panels
 * a transition has not rendered yet); their charts are drawn right after it.
 */
export function onPrepareForPrint(prepare: () => void): () => void {
  listen();
  preparers.add(prepare);
  return () => preparers.delete(prepare);
}

export interface PrintChartJob {
  kind: ChartKind;
  rows: readonly FigureRow[];
  options: ChartStyle;
}

/** A ref for the print-only box; filled with the chart's SVG whenever printing starts. */
export function usePrintChart(job: PrintChartJob | null) {
  const ref = useRef<HTMLDivElement>(null);
  const jobRef = useRef(job);
  const kind = job?.kind;
  const rows = job?.rows;
  const options = job?.options;
  useEffect(() => {
    const current = kind && rows && options ? { kind, rows, options } : null;
    jobRef.current = current;
    // A stale drawing must not print after the view changed (a resize alone keeps it). It is
    // redrawn, not cleared: the print media query itself re-renders the page right after the
    // charts were drawn for it, and a cleared box would print blank.
    const el = ref.current;
    if (!el?.firstChild) return;
    if (current && renderer) drawSvg(el, renderer(current.kind, current.rows, current.options));
    else el.replaceChildren();
  }, [kind, rows, options]);
  useEffect(() => {
    const draw = () => {
      const el = ref.current;
      const current = jobRef.current;
      if (!el || !current || !renderer) return;
      drawSvg(el, renderer(current.kind, current.rows, current.options));
    };
    listen();
    drawers.add(draw);
    return () => {
      drawers.delete(draw);
    };
  }, []);
  return ref;
}

/**
 * Puts ECharts' SSR SVG into `el` with no inline style attribute, so the page's CSP needs no
 * `'unsafe-inline'` in style-src: each `style="…"` of the markup is held in a data attribute while
 * the markup is parsed, then applied through CSSOM (`element.style`), which CSP does not restrict;
 * its `<style>` element (hover and animation rules only) is left out.
 */
export function drawSvg(el: HTMLElement, svg: string): void {
  el.innerHTML = svg
    // Its <style> holds only hover and animation rules, which a printout has no use for.
    .replace(/<style[\s>][\s\S]*?<\/style>/g, '')
    .replace(/(<[^>]*?\s)style="/g, '$1data-print-style="');
  for (const node of el.querySelectorAll<SVGElement | HTMLElement>('[data-print-style]')) {
    node.style.cssText = node.getAttribute('data-print-style') ?? '';
    node.removeAttribute('data-print-style');
  }
}
