import type { FeedbackInboxEventsSubscription } from '@/generated/graphql';
import { sourceWithVisibility, STATUS_LABELS } from './feedbackLabels';

type InboxEvent = FeedbackInboxEventsSubscription['feedbackInboxEvents'];

/**
 * The latest change, for a polite status line: told by source and status only, never by what the
 * patient wrote or who they are, as a status line may be read aloud in an open office.
 */
export function describeInboxEvent({ kind, thread }: Pick<InboxEvent, 'kind' | 'thread'>): string {
  const source = sourceWithVisibility(thread);
  switch (kind) {
    case 'CREATED':
      return `New in the inbox: ${source}.`;
    case 'MESSAGE_ADDED':
      return `The patient wrote again: ${source}.`;
    case 'REPLIED':
      return `Answered: ${source}.`;
    default:
      return `Changed: ${source}, now ${STATUS_LABELS[thread.status].toLowerCase()}.`;
  }
}

/** A change to the thread shown, for its page's status line. */
export function describeThreadEvent({ kind, thread }: Pick<InboxEvent, 'kind' | 'thread'>): string {
  switch (kind) {
    case 'MESSAGE_ADDED':
      return 'The patient wrote again: the conversation below is up to date.';
    case 'REPLIED':
      return 'A reply was sent on this thread.';
    default:
      return `This thread changed: now ${STATUS_LABELS[thread.status].toLowerCase()}.`;
  }
}
