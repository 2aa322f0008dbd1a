/**
 * The ECharts runtime, tree-shaken: only the charts, components and renderers the on-screen
 * dashboard uses. Exports add what they need (registerExportParts) when first used.
 * `npm run bench` swaps this file for echarts-full.ts to measure what the full bundle would cost.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, AriaComponent, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
