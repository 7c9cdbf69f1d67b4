import type { FeedbackStatus } from '@/generated/graphql';

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
