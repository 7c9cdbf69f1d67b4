import type { FeedbackStatus } from '@/generated/graphql';

/**
 * The moves a person may make, as the schema describes them (NEW → OPEN → AWAITING_PATIENT →
 * RESOLVED, reopening allowed, ESCALATED from any state that is not resolved, and back). The API
 * gives no allowed moves per thread, so this mirrors the server's table (feedback/Status.java);
 * the server refuses any other move with a userError, which the page shows.
 */
const MOVES: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  NEW: ['OPEN', 'AWAITING_PATIENT', 'RESOLVED', 'ESCALATED'],
  OPEN: ['AWAITING_PATIENT', 'RESOLVED', 'ESCALATED'],
  AWAITING_PATIENT: ['OPEN', 'RESOLVED', 'ESCALATED'],
  RESOLVED: ['OPEN'],
  ESCALATED: ['OPEN', 'AWAITING_PATIENT', 'RESOLVED'],
};

export const statusMoves = (from: FeedbackStatus): readonly FeedbackStatus[] => MOVES[from];

/** The button text for moving a thread from one status to another. */
export function moveLabel(from: FeedbackStatus, to: FeedbackStatus): string {
  switch (to) {
    case 'OPEN':
      return from === 'RESOLVED' ? 'Reopen' : from === 'ESCALATED' ? 'Back to open' : 'Mark open';
    case 'AWAITING_PATIENT':
      return 'Mark waiting for the patient';
    case 'RESOLVED':
      return 'Resolve';
    case 'ESCALATED':
      return 'Escalate';
    case 'NEW':
      return 'Mark new';
  }
}
