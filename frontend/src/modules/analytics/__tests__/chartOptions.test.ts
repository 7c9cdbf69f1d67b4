// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { barsChartOption, cadenceChartOption, heatmapOption, seriesChartOption } from '../utils/chartOptions';

type Option = Record<string, any>;

describe('the analytics charts', () => {
  it('draw engagement over time, one point per period, labelled where the figures are counted', () => {
    const option = seriesChartOption(
      [
        { start: '2026-11-02T00:00:00Z', engagement: 12 },
        { start: '2026-11-03T00:00:00Z', engagement: 30 },
      ],
      'DAY',
      'UTC',
    ) as Option;
    expect(option.series[0].data).toEqual([12, 30]);
    expect(option.xAxis.data).toHaveLength(2);
    expect(option.xAxis.data[0]).toMatch(/2026/);
    // Tooltips on the canvas: an HTML tooltip's inline styles would break the content security policy.
    expect(option.tooltip.renderMode).toBe('richText');
  });

  it('put the largest bar on top', () => {
    const option = barsChartOption([
      { label: 'Facebook', engagement: 90 },
      { label: 'X', engagement: 10 },
    ]) as Option;
    expect(option.yAxis.data).toEqual(['X', 'Facebook']);
    expect(option.series[0].data).toEqual([10, 90]);
  });

  it('place each slot by hour and day, in percent, and scale the colours to the slots shown', () => {
    const option = heatmapOption([
      { dayOfWeek: 'MONDAY', hour: 9, expectedRate: 0.052, fromBaseline: false },
      { dayOfWeek: 'SUNDAY', hour: 23, expectedRate: 0.031, fromBaseline: true },
      { dayOfWeek: 'TUESDAY', hour: 0, expectedRate: null, fromBaseline: true },
    ]) as Option;
    expect(option.series[0].data).toEqual([
      [9, 0, 5.2],
      [23, 6, 3.1],
    ]);
    expect([option.visualMap.min, option.visualMap.max]).toEqual([3.1, 5.2]);
    expect(option.yAxis.data[0]).toBe('Monday');
  });

  it('draw a bar per channel and week, the weeks across', () => {
    const option = cadenceChartOption([
      {
        label: 'Facebook',
        weeks: [
          { weekOf: '2026-11-23', posts: 2 },
          { weekOf: '2026-11-30', posts: 1 },
        ],
      },
      {
        label: 'Instagram',
        weeks: [
          { weekOf: '2026-11-23', posts: 0 },
          { weekOf: '2026-11-30', posts: 1 },
        ],
      },
    ]) as Option;
    expect(option.xAxis.data).toEqual(['2026-11-23', '2026-11-30']);
    expect(option.series.map((series: Option) => [series.name, series.data])).toEqual([
      ['Facebook', [2, 1]],
      ['Instagram', [0, 1]],
    ]);
  });
});
