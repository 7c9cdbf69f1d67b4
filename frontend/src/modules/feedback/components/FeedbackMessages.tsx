import type { FeedbackThreadDetailFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';
import { formatDateTime } from '@/ui/utils/format';
import { MarkedText } from './MarkedText';
import { SentimentBadge } from './SentimentBadge';

type Thread = Pick<FeedbackThreadDetailFragment, 'authorName' | 'authorHandle' | 'messages'>;
type Message = NonNullable<Thread['messages']>[number];

/** "Jane D. (patient)" or "@jane (patient)"; "Patient" when the source names nobody. */
const patientName = (thread: Thread) => {
  const name = thread.authorName ?? thread.authorHandle;
  return name ? `${name} (patient)` : 'Patient';
};

/** "Sent" once the sending service answered with its post ID; otherwise CarePulse holds it, unsent. */
export const deliveryState = (message: Pick<Message, 'deliveryId'>) =>
  message.deliveryId ? 'Sent' : 'Recorded, not delivered yet';

/**
 * The conversation, oldest first: who wrote each message (the patient or a member of staff, by
 * name) and when, and a patient's message's tone. Suspected PHI in a patient's message is marked
 * where it is, its type in words.
 */
export function FeedbackMessages({ thread }: { thread: Thread }) {
  const messages = thread.messages ?? [];
  if (messages.length === 0) return <p className="muted">No messages.</p>;
  return (
    <ol className="feedback-messages">
      {messages.map((message) => {
        const staff = message.role === 'STAFF';
        return (
          <li
            key={message.id}
            id={`message-${message.id}`}
            tabIndex={-1}
            className={`feedback-message feedback-message--${staff ? 'staff' : 'patient'}`}
          >
            <p className="feedback-message__meta">
              <span className="feedback-message__who">
                {staff ? `${personName(message.sentBy)} (staff reply)` : patientName(thread)}
              </span>
              <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
              {staff ? (
                <span>{deliveryState(message)}</span>
              ) : (
                <SentimentBadge sentiment={message.sentiment} prefix="Tone:" />
              )}
            </p>
            <MarkedText
              text={message.text}
              spans={message.phiFindings.map((finding) => ({
                start: finding.start,
                end: finding.end,
                label: `suspected ${PHI_TYPE_LABELS[finding.type]}`,
              }))}
            />
            {message.overrideJustification && (
              <p className="feedback-message__extra">
                Sent despite the reply guard by a compliance officer: “{message.overrideJustification}”
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
