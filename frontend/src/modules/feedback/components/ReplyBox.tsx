import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import {
  SavedRepliesDocument,
  type FeedbackThreadDetailFragment,
  type SavedReplyFieldsFragment,
} from '@/generated/graphql';
import { describedBy } from '@/ui/form/Field';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { useReplyScreening } from '../hooks/useReplyScreening';
import { useSendReply } from '../hooks/useSendReply';
import { VISIBILITY_EXPLANATIONS } from '../utils/feedbackLabels';
import { PrivateChannelPrompt } from './PrivateChannelPrompt';
import { ReplyErrors } from './ReplyErrors';
import { ReplyGuardFindings } from './ReplyGuardFindings';
import { ReplyOutcome } from './ReplyOutcome';
import { SavedReplyPicker } from './SavedReplyPicker';
import { SendAnywayForm } from './SendAnywayForm';

const TEXT_MAX = 5000;
const TEXT_ID = 'reply-text';

interface Props {
  thread: FeedbackThreadDetailFragment;
  onChanged: (thread: FeedbackThreadDetailFragment) => void;
  onReload: () => void;
  /** A compliance officer may send a reply the guard refused, with a justification. */
  canOverride: boolean;
}

/**
 * The reply box with the reply guard live: the draft is screened as the user pauses typing, its
 * findings marked in a preview with the compliant reply the server suggests; saved replies can
 * be put in the box; sending is guarded again by the server, whose refusals show beside the box.
 */
export function ReplyBox({ thread, onChanged, onReload, canOverride }: Props) {
  const [draft, setDraft] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const [overriding, setOverriding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const textRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [{ data: saved }] = useQuery({ query: SavedRepliesDocument });
  const replies = saved?.savedReplies ?? [];
  const screened = useReplyScreening(thread.id, draft);
  const reply = useSendReply(thread, onChanged);
  const refused = reply.outcome?.kind === 'refused' ? reply.outcome.errors : null;
  const guarded = (screened.screening && !screened.screening.sendable) || refused?.guarded;

  const focusText = () => textRef.current?.querySelector('textarea')?.focus();
  const use = (chosen: SavedReplyFieldsFragment, what: string) => {
    setDraft(chosen.text);
    reply.clear();
    setOverriding(false);
    setAnnouncement(`${what} is in the box: read it over, then send.`);
    focusText();
  };

  const send = async (justification?: string) => {
    const text = draft.trim();
    if (!text) return setClientError('Write a reply, or choose a saved reply');
    if (text.length > TEXT_MAX)
      return setClientError(`Keep the reply to ${TEXT_MAX.toLocaleString('en-US')} characters or fewer`);
    setClientError(undefined);
    setAnnouncement('');
    const outcome = await reply.send(text, justification);
    if (outcome.kind === 'sent') {
      setDraft('');
      setOverriding(false);
      outcomeRef.current?.focus();
    } else if (outcome.kind === 'refused' && outcome.errors.justification) {
      document.getElementById('reply-override-justification')?.focus();
    } else if (outcome.kind === 'refused' && outcome.errors.text.length > 0) {
      focusText();
    } else {
      outcomeRef.current?.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <>
      {thread.visibility === 'PUBLIC' && thread.hasPhi && (
        <PrivateChannelPrompt replies={replies} onUse={(chosen) => use(chosen, `“${chosen.title}”`)} />
      )}
      <div ref={outcomeRef} tabIndex={-1}>
        <ReplyOutcome outcome={reply.outcome} onReload={onReload} />
      </div>
      <SavedReplyPicker replies={replies} onUse={(chosen) => use(chosen, `“${chosen.title}”`)} />
      <form ref={textRef} className="form" onSubmit={submit} noValidate aria-busy={reply.sending}>
        <TextAreaField
          id={TEXT_ID}
          label="Your reply"
          hint={VISIBILITY_EXPLANATIONS[thread.visibility]}
          value={draft}
          onChange={(text) => {
            setDraft(text);
            // What the server said was about the text sent; the guard reads the new one.
            if (refused) reply.clear();
          }}
          error={clientError ?? (refused && refused.text.length > 0 ? 'Not sent: see why below.' : undefined)}
          describedBy={describedBy(Boolean(refused?.text.length) && 'reply-errors', 'reply-guard')}
          rows={5}
        />
        {refused && (
          <ReplyErrors
            id="reply-errors"
            errors={refused}
            source={thread.source}
            onUseSuggestion={(r) => use(r, 'The suggested reply')}
          />
        )}
        <ReplyGuardFindings
          id="reply-guard"
          screened={screened}
          source={thread.source}
          onUseSuggestion={(chosen) => use(chosen, 'The suggested reply')}
        />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={reply.sending}>
            {reply.sending && !overriding ? 'Sending…' : 'Send reply'}
          </button>
          {canOverride && guarded && !overriding && (
            <button type="button" className="button button--danger" onClick={() => setOverriding(true)}>
              Send anyway…
            </button>
          )}
        </div>
      </form>
      {canOverride && overriding && (
        <SendAnywayForm
          onSend={(justification) => void send(justification)}
          onCancel={() => {
            setOverriding(false);
            focusText();
          }}
          sending={reply.sending}
          serverError={refused?.justification ?? null}
        />
      )}
    </>
  );
}
