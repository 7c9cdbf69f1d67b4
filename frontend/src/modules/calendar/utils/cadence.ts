import type { Channel, ContentCalendarQuery } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';

/** One channel's week as the API counts it, with the organisation's target for the channel. */
export type ChannelCadence = ContentCalendarQuery['contentCalendar']['cadence'][number];

/** Where a week's posts stand against the target: on it, short of it, or past it. */
export type CadenceStanding = 'on' | 'under' | 'over';

export interface CadenceWeek {
  /** The week's Monday. */
  weekOf: string;
  posts: number;
}

/** One channel's posts in each week shown, weeks without posts counted as 0, and its target. */
export interface CadenceRow {
  id: Channel;
  channel: Channel;
  /** Posts a week the organisation aims for on the channel (its settings); null for none. */
  target: number | null;
  weeks: CadenceWeek[];
}

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
 * A channel over the weeks shown: "On target 2 of 4 weeks (1 under, 1 over)" against its target,
 * else its average ("2.5 posts a week on average").
 */
export function cadenceSummary(row: CadenceRow): string {
  const { target } = row;
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
 * The API's cadence as a table: one row per channel the API counted (one that posted, has posts
 * scheduled, or has a target), with its target; one cell per week shown, 0 where the API said nothing.
 */
export function cadenceRows(cadence: readonly ChannelCadence[], weeksShown: readonly string[]): CadenceRow[] {
  const channels = CHANNEL_ORDER.filter((channel) => cadence.some((week) => week.channel === channel));
  return channels.map((channel) => {
    const weeks = cadence.filter((week) => week.channel === channel);
    return {
      id: channel,
      channel,
      target: weeks.find((week) => week.target !== null)?.target ?? null,
      weeks: weeksShown.map((weekOf) => ({
        weekOf,
        posts: weeks.find((week) => week.weekOf === weekOf)?.posts ?? 0,
      })),
    };
  });
}
