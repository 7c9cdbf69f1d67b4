import type { KpiMetric, KpiPace } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';

export const PACE_LABELS: Record<KpiPace, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  BEHIND: 'Behind',
};

export const PACE_TONES: Record<KpiPace, 'success' | 'warning' | 'neutral'> = {
  ON_TRACK: 'success',
  AT_RISK: 'warning',
  BEHIND: 'neutral',
};

interface Kpi {
  metric: KpiMetric;
  target: number;
  measured: boolean;
  actual?: number | null;
  progress?: number | null;
  pace?: KpiPace | null;
  projected?: number | null;
}

/** A KPI's figure: a rate as a percentage (the targets are in percent), a count whole. */
export function kpiFigure(metric: KpiMetric, value: number): string {
  return metric === 'ENGAGEMENT_RATE'
    ? `${formatNumber(Math.round(value * 10) / 10)}%`
    : formatNumber(Math.round(value));
}

/** "3,000 of 10,000 (30%)", or why there is no progress. */
export function describeProgress(kpi: Kpi): string {
  if (!kpi.measured) return `Target ${kpiFigure(kpi.metric, kpi.target)}: not measured by CarePulse`;
  if (kpi.actual === null || kpi.actual === undefined)
    return `Target ${kpiFigure(kpi.metric, kpi.target)}: no figures yet`;
  const share =
    kpi.progress === null || kpi.progress === undefined ? '' : ` (${formatNumber(Math.round(kpi.progress * 100))}%)`;
  return `${kpiFigure(kpi.metric, kpi.actual)} of ${kpiFigure(kpi.metric, kpi.target)}${share}`;
}

/** "8,714 expected by the end at the last 7 days' pace", or nothing without a pace. */
export function describePace(kpi: Kpi): string | null {
  if (!kpi.pace || kpi.projected === null || kpi.projected === undefined) return null;
  return `${kpiFigure(kpi.metric, kpi.projected)} expected by the end at the last 7 days’ pace`;
}
