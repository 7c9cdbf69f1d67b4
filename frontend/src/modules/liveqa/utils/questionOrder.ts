interface Rankable {
  id: string;
  upvoteCount: number;
  createdAt: string;
}

export const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : 0);

/** The pinned question first, then the most upvoted, then the newest; the id keeps it stable. */
export function compareByPinUpvotesNewest(pinnedId: string | null) {
  return (a: Rankable, b: Rankable) =>
    Number(b.id === pinnedId) - Number(a.id === pinnedId) ||
    b.upvoteCount - a.upvoteCount ||
    time(b.createdAt) - time(a.createdAt) ||
    a.id.localeCompare(b.id);
}

/** A sorted copy, as the audience sees the list. */
export const sortByPinUpvotesNewest = <T extends Rankable>(questions: Iterable<T>, pinnedId: string | null): T[] =>
  [...questions].sort(compareByPinUpvotesNewest(pinnedId));
