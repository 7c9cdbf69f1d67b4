import type { FeedbackSource, SavedReplyFieldsFragment } from '@/generated/graphql';
import type { ScreenedDraft } from '../hooks/useReplyScreening';
import { findingLabel, findingReason, findingSpans } from '../utils/replyGuard';
import { MarkedText } from './MarkedText';
import { SuggestedReply } from './SuggestedReply';

interface Props {
  id: string;
  screened: ScreenedDraft;
  source: FeedbackSource;
  onUseSuggestion: (reply: SavedReplyFieldsFragment) => void;
}

function guardStatus({ text, screening, checking }: ScreenedDraft): string {
  if (!text.trim()) return '';
  if (checking) return 'Checking your reply…';
  if (!screening) return '';
  if (screening.sendable) return 'The reply guard found nothing: this reply may be sent.';
  const n = screening.findings.length;
  return `The reply guard found ${n === 1 ? 'a problem' : `${n} problems`}: this reply can’t be sent as it is.`;
}

/**
 * What the reply guard found in the draft as the user types: a polite one-line verdict, and when
 * the reply may not be sent, each finding with its characters and why, the draft with them marked,
 * and the compliant reply the server suggests.
 */
export function ReplyGuardFindings({ id, screened, source, onUseSuggestion }: Props) {
  const screening = screened.checking ? null : screened.screening;
  return (
    <div id={id} className="reply-guard">
      <p className="live-status" role="status">
        {guardStatus(screened)}
      </p>
      {screening && !screening.sendable && (
        <>
          <ul className="reply-guard__findings">
            {screening.findings.map((finding, index) => (
              <li key={`${finding.start}-${finding.end}-${index}`}>
                “{screened.text.slice(finding.start, finding.end)}” ({findingLabel(finding)}):{' '}
                <strong>{findingReason(finding.code, source, finding.phiType)}</strong>
              </li>
            ))}
          </ul>
          <div className="reply-guard__preview">
            <p className="muted">Your draft, with what was found marked:</p>
            <MarkedText text={screened.text} spans={findingSpans(screening.findings)} />
          </div>
          {screening.suggestedReply && <SuggestedReply reply={screening.suggestedReply} onUse={onUseSuggestion} />}
        </>
      )}
    </div>
  );
}
