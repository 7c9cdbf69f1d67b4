import { formatPercent } from './figures';

/** "45 min", "26 h 15 min" (up to two days), "3 d 4 h": a duration in minutes as a person reads it; "–" for none. */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '–';
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  if (hours < 48) {
    const rest = whole % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`;
}

/** A share (0.25) as a percentage, or "–" where there was nothing to divide. */
export const formatShare = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : formatPercent(share);

interface Tone {
  positive: number;
  neutral: number;
  negative: number;
}

/** The share of positive messages ("60%"), or "–" without any. */
export function positiveShare(tone: Tone): string {
  const all = tone.positive + tone.neutral + tone.negative;
  return all === 0 ? '–' : formatPercent(tone.positive / all);
}

/** "60% positive, 10% neutral, 30% negative", or that nothing was written. */
export function describeTone(tone: Tone): string {
  const all = tone.positive + tone.neutral + tone.negative;
  if (all === 0) return 'Nothing written in the period';
  return `${formatPercent(tone.positive / all)} positive, ${formatPercent(tone.neutral / all)} neutral, ${formatPercent(tone.negative / all)} negative`;
}
