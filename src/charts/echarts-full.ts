/** Benchmark baseline only (BENCH_BASELINE=1): the whole ECharts bundle, nothing tree-shaken. */
import * as echarts from 'echarts';

export { echarts };
