/** Benchmark baseline only (BENCH_BASELINE=1): the whole ECharts bundle, nothing tree-shaken. */
import * as echarts from 'echarts';

/** The same entry point as echarts.ts: here every chart is in the bundle already. */
export function loadECharts(): Promise<typeof echarts> {
  return Promise.resolve(echarts);
}
