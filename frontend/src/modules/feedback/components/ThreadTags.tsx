import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { TagFeedbackDocument, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { TextField } from '@/ui/form/TextField';
import { splitList } from '@/ui/utils/splitList';
import { threadChangeOutcome, type ThreadChangeOutcome } from '../utils/threadChange';
import { validateTags } from '../utils/tags';
import { ThreadChangeOutcomeView } from './ThreadChangeOutcomeView';

interface Props {
  thread: Pick<FeedbackThreadDetailFragment, 'id' | 'tags'>;
  onChanged: (thread: FeedbackThreadDetailFragment) => void;
  onReload: () => void;
}

/** The thread's tags, as one comma-separated field; saving replaces them all. */
export function ThreadTags({ thread, onChanged, onReload }: Props) {
  const [{ fetching }, tag] = useMutation(TagFeedbackDocument);
  const [text, setText] = useState(thread.tags.join(', '));
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<ThreadChangeOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const saved = thread.tags.join(', ');
  // Tags changed elsewhere (a colleague, the live inbox) show here rather than being saved over.
  useEffect(() => setText(saved), [saved]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tags = splitList(text, /,/);
    const invalid = validateTags(tags);
    setError(invalid);
    if (invalid) return;
    const result = await tag({ input: { threadId: thread.id, tags } });
    const next = threadChangeOutcome(result.data?.tagFeedback, result.error);
    if (next.kind === 'failed' && next.field !== undefined) {
      setError(next.message);
      setOutcome(null);
      return;
    }
    setOutcome(next);
    if (next.kind === 'done') {
      setText(next.thread.tags.join(', '));
      onChanged(next.thread);
    }
    outcomeRef.current?.focus();
  };

  return (
    <section aria-labelledby="thread-tags-title">
      <h3 id="thread-tags-title">Tags</h3>
      <ThreadChangeOutcomeView
        ref={outcomeRef}
        outcome={outcome}
        done={(o) => (o.thread.tags.length ? `Tags saved: ${o.thread.tags.join(', ')}.` : 'Tags removed.')}
        onReload={() => {
          setOutcome(null);
          onReload();
        }}
      />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="thread-tags"
          label="Tags"
          hint="Separated by commas, e.g. parking, billing. Saving replaces the thread’s tags."
          value={text}
          onChange={setText}
          error={error}
          autoComplete="off"
        />
        <button type="submit" className="button button--small" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save tags'}
        </button>
      </form>
    </section>
  );
}
