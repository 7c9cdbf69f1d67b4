import type { EChartsCoreOption } from 'echarts/core';
import type { DayOfWeek, EngagementInterval } from '@/generated/graphql';
import { pointLabel } from './figures';

// ECharts options for the analytics charts, as plain data (tested without a canvas). Tooltips are
// drawn on the canvas ("richText"): an HTML tooltip would carry inline styles the content security
// policy refuses.

const TOOLTIP = { trigger: 'axis', renderMode: 'richText' } as const;

interface Point {
  start: string;
  engagement: number;
}

/** Engagement over time: a line, one point per hour, day, week or month. */
export function seriesChartOption(
  points: readonly Point[],
  interval: EngagementInterval,
  timeZone: string,
): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 32 },
    tooltip: TOOLTIP,
    xAxis: { type: 'category', data: points.map((point) => pointLabel(point.start, interval, timeZone)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: 'Engagement', type: 'line', data: points.map((point) => point.engagement), showSymbol: false }],
  };
}

interface Row {
  label: string;
  engagement: number;
}

/** Engagement by channel or format (or another count, named): horizontal bars, the first on top. */
export function barsChartOption(rows: readonly Row[], name = 'Engagement'): EChartsCoreOption {
  const shown = [...rows].reverse();
  return {
    animation: false,
    grid: { left: 112, right: 24, top: 8, bottom: 24 },
    tooltip: { ...TOOLTIP, axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((row) => row.label) },
    series: [{ name, type: 'bar', data: shown.map((row) => row.engagement) }],
  };
}

export const DAYS: readonly DayOfWeek[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export const DAY_LABELS: Record<DayOfWeek, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

interface Slot {
  dayOfWeek: DayOfWeek;
  hour: number;
  expectedRate?: number | null;
  fromBaseline: boolean;
}

/** The best times: days down, hours across, each cell's expected rate in percent (its own, or the baseline). */
export function heatmapOption(slots: readonly Slot[]): EChartsCoreOption {
  const data = slots
    .filter((slot) => slot.expectedRate !== null && slot.expectedRate !== undefined)
    .map((slot) => [slot.hour, DAYS.indexOf(slot.dayOfWeek), Math.round((slot.expectedRate ?? 0) * 1000) / 10]);
  const values = data.map((cell) => cell[2]);
  return {
    animation: false,
    grid: { left: 88, right: 16, top: 8, bottom: 64 },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0')) },
    yAxis: { type: 'category', data: DAYS.map((day) => DAY_LABELS[day]), inverse: true },
    visualMap: {
      min: values.length ? Math.min(...values) : 0,
      max: values.length ? Math.max(...values) : 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: ['Higher rate (%)', 'Lower'],
    },
    series: [{ name: 'Expected engagement rate (%)', type: 'heatmap', data }],
  };
}

interface CadenceChannel {
  label: string;
  weeks: readonly { weekOf: string; posts: number }[];
}

/** Posts per week: a bar per channel and week, the weeks across. */
export function cadenceChartOption(channels: readonly CadenceChannel[]): EChartsCoreOption {
  const weeks = channels[0]?.weeks.map((week) => week.weekOf) ?? [];
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 32, bottom: 32 },
    tooltip: { ...TOOLTIP, axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', minInterval: 1 },
    series: channels.map((channel) => ({
      name: channel.label,
      type: 'bar',
      data: channel.weeks.map((week) => week.posts),
    })),
  };
}
