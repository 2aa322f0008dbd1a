/**
 * Every chart prints, even one never scrolled into view: before the print snapshot
 * (`beforeprint`, or the print media query turning on) each panel writes a static SVG of its
 * chart into a print-only box. ECharts' SSR SVG mode draws synchronously, so the SVG is in the
 * page before the browser lays out the printout. The module that draws it loads together with
 * ECharts (after the first chart), never before, so it costs nothing on first paint.
 */
import { useEffect, useRef } from 'react';
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import type { ChartOptions } from '../charts/style';
import type * as PrintChartModule from '../export/print-chart';

type PrintModule = typeof PrintChartModule;
let loaded: PrintModule | null = null;
let loading: Promise<PrintModule> | null = null;

/** Starts loading the print renderer (call once ECharts is on its way anyway). */
export function preloadPrintChart(): Promise<PrintModule> {
  loading ??= import('../export/print-chart').then((m) => (loaded = m));
  return loading;
}

export interface PrintChartJob {
  kind: ChartKind;
  rows: readonly FigureRow[];
  options: Omit<ChartOptions, 'insets' | 'animation' | 'width'>;
}

/** A ref for the print-only box; filled with the chart's SVG whenever printing starts. */
export function usePrintChart(job: PrintChartJob | null) {
  const ref = useRef<HTMLDivElement>(null);
  const jobRef = useRef(job);
  useEffect(() => {
    jobRef.current = job;
    // A stale drawing must not print after the view changed.
    if (ref.current) ref.current.innerHTML = '';
  }, [job]);
  useEffect(() => {
    const draw = () => {
      const el = ref.current;
      const current = jobRef.current;
      if (!el || !current || !loaded) return;
      el.innerHTML = loaded.staticChartSvg(current.kind, current.rows, current.options);
    };
    const mq = window.matchMedia?.('print');
    const onChange = (e: MediaQueryListEvent) => e.matches && draw();
    window.addEventListener('beforeprint', draw);
    mq?.addEventListener?.('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', draw);
      mq?.removeEventListener?.('change', onChange);
    };
  }, []);
  return ref;
}
