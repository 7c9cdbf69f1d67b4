import type { FeedbackSource, SavedReplyFieldsFragment } from '@/generated/graphql';
import type { RoutedReplyErrors } from '../utils/replyErrors';
import { findingReason, isGuardCode } from '../utils/replyGuard';
import { SuggestedReply } from './SuggestedReply';

interface Props {
  id: string;
  errors: RoutedReplyErrors;
  source: FeedbackSource;
  onUseSuggestion: (reply: SavedReplyFieldsFragment) => void;
}

/** Why the server refused the reply's text, beside the box, with the compliant reply it suggests. */
export function ReplyErrors({ id, errors, source, onUseSuggestion }: Props) {
  if (errors.text.length === 0) return null;
  return (
    <div id={id} className="field__error">
      <ul className="reply-guard__findings">
        {errors.text.map((error, index) => (
          <li key={index}>
            {isGuardCode(error.code) && <strong>{findingReason(error.code, source)} </strong>}
            {error.message}
          </li>
        ))}
      </ul>
      {errors.suggestedReply && <SuggestedReply reply={errors.suggestedReply} onUse={onUseSuggestion} />}
    </div>
  );
}
