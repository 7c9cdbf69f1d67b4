import type { Channel } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';

/** Where a week's posts stand against the target: on it, short of it, or past it. */
export type CadenceStanding = 'on' | 'under' | 'over';

export interface CadenceWeek {
  /** The week's Monday. */
  weekOf: string;
  posts: number;
}

/** One channel's posts in each week shown, weeks without posts counted as 0. */
export interface CadenceRow {
  id: Channel;
  channel: Channel;
  weeks: CadenceWeek[];
}

/** The most posts a week a target may ask for, per channel: beyond it is a typing slip. */
export const MAX_CADENCE_TARGET = 99;

export function cadenceStanding(posts: number, target: number): CadenceStanding {
  if (posts === target) return 'on';
  return posts < target ? 'under' : 'over';
}

const posts = (count: number) => `${count} ${count === 1 ? 'post' : 'posts'}`;

/** One week of one channel in words: "3 posts", or with a target "2 posts, 1 under target". */
export function cadenceWording(count: number, target: number | null): string {
  if (target === null) return posts(count);
  switch (cadenceStanding(count, target)) {
    case 'on':
      return `${posts(count)}, on target`;
    case 'under':
      return `${posts(count)}, ${target - count} under target`;
    case 'over':
      return `${posts(count)}, ${count - target} over target`;
  }
}

/**
 * A channel over the weeks shown: "On target 2 of 4 weeks (1 under, 1 over)" against a target,
 * else its average ("2.5 posts a week on average").
 */
export function cadenceSummary(row: CadenceRow, target: number | null): string {
  const weeks = row.weeks.length;
  if (target === null) {
    const total = row.weeks.reduce((sum, week) => sum + week.posts, 0);
    if (weeks === 1) return posts(total);
    const average = Math.round((total / weeks) * 10) / 10;
    return `${average} ${average === 1 ? 'post' : 'posts'} a week on average`;
  }
  const count = (standing: CadenceStanding) =>
    row.weeks.filter((week) => cadenceStanding(week.posts, target) === standing).length;
  const [on, under, over] = [count('on'), count('under'), count('over')];
  if (on === weeks) return weeks === 1 ? 'On target' : `On target all ${weeks} weeks`;
  if (under === weeks) return weeks === 1 ? 'Under target' : `Under target all ${weeks} weeks`;
  if (over === weeks) return weeks === 1 ? 'Over target' : `Over target all ${weeks} weeks`;
  const rest = [under && `${under} under`, over && `${over} over`].filter(Boolean).join(', ');
  return `On target ${on} of ${weeks} weeks (${rest})`;
}

const CHANNEL_ORDER = Object.keys(CHANNEL_LABELS) as Channel[];

/**
 * The API's cadence (only the weeks and channels that have posts) as a table: one row per channel
 * that posted or has posts scheduled, one cell per week shown, 0 where the API said nothing.
 */
export function cadenceRows(
  cadence: readonly { channel: Channel; weekOf: string; posts: number }[],
  weeksShown: readonly string[],
): CadenceRow[] {
  const channels = CHANNEL_ORDER.filter((channel) => cadence.some((week) => week.channel === channel));
  return channels.map((channel) => ({
    id: channel,
    channel,
    weeks: weeksShown.map((weekOf) => ({
      weekOf,
      posts: cadence.find((week) => week.channel === channel && week.weekOf === weekOf)?.posts ?? 0,
    })),
  }));
}

/** A target typed in the page's address or field: a whole number from 1 to 99, else none. */
export function parseCadenceTarget(value: string | null | undefined): number | null {
  const text = value?.trim() ?? '';
  if (!/^\d{1,2}$/.test(text)) return null;
  const target = Number(text);
  return target >= 1 && target <= MAX_CADENCE_TARGET ? target : null;
}
