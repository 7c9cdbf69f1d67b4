import type { SavedReplyFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { HIPAA_SAFE_TAG } from '../utils/tags';

interface Props {
  replies: readonly SavedReplyFieldsFragment[];
  onUse: (reply: SavedReplyFieldsFragment) => void;
}

/** The saved reply that invites the writer to a private channel: HIPAA-safe and tagged "private". */
export const privateChannelReply = (replies: readonly SavedReplyFieldsFragment[]) =>
  replies.find((reply) => reply.tags.includes(HIPAA_SAFE_TAG) && reply.tags.includes('private'));

/**
 * Shown on a public thread whose patient messages hold suspected PHI: anyone can read what they
 * wrote, so the answer is an invitation to talk in private, never a reply about their care.
 */
export function PrivateChannelPrompt({ replies, onUse }: Props) {
  const invitation = privateChannelReply(replies);
  return (
    <Alert tone="warning" title="Move this conversation to a private channel" live={false}>
      <p>
        The patient shared what looks like health information in public, where anyone can read it. Don’t repeat any of
        it: invite them to a direct message or a phone call, and answer there.
      </p>
      {invitation && (
        <button type="button" className="button button--small" onClick={() => onUse(invitation)}>
          Use “{invitation.title}”
        </button>
      )}
    </Alert>
  );
}
