import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the dashboard draws (bar, pie, line, gauge; grid, tooltip, legend; SVG), imported only
 * by the dashboard's chunk: no other page loads ECharts.
 */
echarts.use([BarChart, PieChart, LineChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
