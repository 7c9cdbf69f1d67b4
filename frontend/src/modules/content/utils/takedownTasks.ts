import type { Channel, TakedownState, TakedownTaskFragment } from '@/generated/graphql';

/** One retracted post still to confirm gone: a row of the take-down tasks. */
export interface TakedownRow {
  /** An item has at most one open take-down per channel. */
  id: string;
  content: Pick<TakedownTaskFragment, 'id' | 'title'>;
  channel: Channel;
  postId: string | null;
  reason: string;
  createdAt: string;
}

/** The item as a confirmation answered it, if that is newer than the list (which refetches after). */
const newer = (listed: TakedownTaskFragment, answered: TakedownTaskFragment | undefined) =>
  answered && answered.version > listed.version ? answered : listed;

/**
 * Each open take-down of these items, the longest waiting first. `answered` holds the items as
 * confirmations answered them, so a confirmed row goes at once, before the list is read again.
 */
export function openTakedownRows(
  items: readonly TakedownTaskFragment[],
  answered: ReadonlyMap<string, TakedownTaskFragment> = new Map(),
): TakedownRow[] {
  return items
    .map((item) => newer(item, answered.get(item.id)))
    .flatMap((item) =>
      item.takedowns
        .filter((takedown) => takedown.state === 'OPEN')
        .map((takedown) => ({
          id: `${item.id}:${takedown.channel}`,
          content: { id: item.id, title: item.title },
          channel: takedown.channel,
          postId: takedown.postId ?? null,
          reason: takedown.reason,
          createdAt: takedown.createdAt,
        })),
    )
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** How many take-downs of these items are still open. */
export const countOpenTakedowns = (items: readonly { takedowns: readonly { state: TakedownState }[] }[]) =>
  items.reduce((count, item) => count + item.takedowns.filter((takedown) => takedown.state === 'OPEN').length, 0);
