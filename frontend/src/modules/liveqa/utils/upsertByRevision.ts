interface Revisioned {
  id: string;
  revision: number;
}

/**
 * Puts `item` into the map unless a copy with the same or a higher revision is already there.
 * Events and mutation answers may arrive out of order (or twice, after a replay); the revision
 * is what tells the current copy apart. Returns the same map when nothing changed.
 */
export function upsertByRevision<T extends Revisioned>(map: ReadonlyMap<string, T>, item: T): ReadonlyMap<string, T> {
  const held = map.get(item.id);
  if (held && held.revision >= item.revision) return map;
  return new Map(map).set(item.id, item);
}

/** The pinned question's id after `question` was accepted as current (one pin at a time). */
export function nextPinnedId(pinnedId: string | null, question: { id: string; pinned: boolean }): string | null {
  if (question.pinned) return question.id;
  return pinnedId === question.id ? null : pinnedId;
}
