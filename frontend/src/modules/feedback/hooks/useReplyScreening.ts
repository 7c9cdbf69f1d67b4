import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ScreenFeedbackReplyDocument, type ScreenFeedbackReplyQuery } from '@/generated/graphql';

export type ReplyScreening = NonNullable<ScreenFeedbackReplyQuery['screenFeedbackReply']>;

export interface ScreenedDraft {
  /** The draft the screening is about (the last one typed before the pause). */
  text: string;
  /** Null until the server answered for `text`, and for an empty draft. */
  screening: ReplyScreening | null;
  /** The draft changed since it was screened, or the answer is on its way. */
  checking: boolean;
}

/**
 * The reply guard on a draft, asked once typing pauses for `delay` ms rather than on every key.
 * The answer comes with the text it was given, so its spans are never read against newer text.
 */
export function useReplyScreening(
  threadId: string,
  draft: string,
  { delay = 400, enabled = true } = {},
): ScreenedDraft {
  const [debounced, setDebounced] = useState(draft);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(draft), delay);
    return () => clearTimeout(timer);
  }, [draft, delay]);
  const skip = !enabled || !debounced.trim();
  const [{ data, operation, fetching }] = useQuery({
    query: ScreenFeedbackReplyDocument,
    variables: { threadId, text: debounced },
    pause: skip,
  });
  const current = !skip && operation?.variables.text === debounced && operation.variables.threadId === threadId;
  return {
    text: debounced,
    screening: current ? (data?.screenFeedbackReply ?? null) : null,
    checking: !skip && (debounced !== draft || fetching || !current),
  };
}
