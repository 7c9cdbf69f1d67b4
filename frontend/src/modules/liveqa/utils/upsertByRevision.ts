import type { LiveSessionStatus } from '@/generated/graphql';

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

interface SequencedSession {
  status: LiveSessionStatus;
  /** Sequence of the event (or snapshot) the status was taken from. */
  statusSequence: number;
  /** Highest event sequence seen: a resubscription resumes after it. */
  highestSequence: number;
}

/**
 * `next` (the state after an event's question change) with the event's session status and
 * sequence: the status is taken only from an event newer than the one it came from, so a replayed
 * or late event never turns it back.
 */
export function withEventSequence<S extends SequencedSession>(
  state: S,
  next: S,
  event: { sequence: number; sessionStatus: LiveSessionStatus },
): S {
  return {
    ...next,
    status: event.sequence > state.statusSequence ? event.sessionStatus : next.status,
    statusSequence: Math.max(state.statusSequence, event.sequence),
    highestSequence: Math.max(state.highestSequence, event.sequence),
  };
}
