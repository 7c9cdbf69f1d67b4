import type { SavedReplyFieldsFragment } from '@/generated/graphql';

interface Props {
  reply: SavedReplyFieldsFragment;
  onUse: (reply: SavedReplyFieldsFragment) => void;
}

/** A compliant saved reply the server suggests instead of a draft it refused, ready to take. */
export function SuggestedReply({ reply, onUse }: Props) {
  return (
    <div className="suggested-reply" role="group" aria-labelledby={`suggested-${reply.id}`}>
      <p id={`suggested-${reply.id}`}>
        <strong>Suggested instead: “{reply.title}”</strong>, a saved reply that confirms nothing about anyone’s care.
      </p>
      <p className="suggested-reply__text">{reply.text}</p>
      <button type="button" className="button button--small" onClick={() => onUse(reply)}>
        Use this reply
      </button>
    </div>
  );
}
