import type { CombinedError } from 'urql';
import type { FeedbackThreadDetailFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';

type Thread = FeedbackThreadDetailFragment;

/** What a change to a thread came to: done, refused by someone's earlier change, or refused with a reason. */
export type ThreadChangeOutcome =
  { kind: 'done'; thread: Thread } | { kind: 'conflict' } | { kind: 'failed'; message: string; field?: string };

/** Reads a thread mutation's answer: its thread, or why there is none, in words. */
export function threadChangeOutcome(
  payload: { thread?: Thread | null; userErrors: readonly UserErrorFieldsFragment[] } | undefined,
  error: CombinedError | undefined,
): ThreadChangeOutcome {
  if (error || !payload)
    return { kind: 'failed', message: error ? describeGraphqlError(error) : 'The change was not saved.' };
  if (payload.userErrors.some((e) => e.code === 'CONFLICT')) return { kind: 'conflict' };
  if (payload.userErrors.length > 0 || !payload.thread) {
    const first = payload.userErrors[0];
    return {
      kind: 'failed',
      message: payload.userErrors.map((e) => e.message).join(' ') || 'The change was not saved.',
      field: first?.field?.at(-1),
    };
  }
  return { kind: 'done', thread: payload.thread };
}
