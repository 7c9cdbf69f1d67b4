import { useEffect, useRef, useState } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { CommentComposer, type CommentPrefill } from './CommentComposer';
import { commentThreadId, CommentThread } from './CommentThread';

interface Props {
  content: ContentDetailFragment;
  /** Absent for those who may not comment: the threads are shown read-only. */
  onChanged?: (content: ContentDetailFragment) => void;
  prefill: CommentPrefill | null;
}

const openCount = (n: number) => (n === 1 ? '1 open comment' : `${n} open comments`);

/**
 * The item's review comments: open threads first, a new comment, then the resolved ones folded
 * away. What each action did is said in a status line; after a comment is added focus moves to
 * it, after one is resolved (its thread folds away) to the status line.
 */
export function ContentComments({ content, onChanged, prefill }: Props) {
  const [outcome, setOutcome] = useState<{ message: string; focus: string | null } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const open = content.comments.filter((comment) => !comment.resolved);
  const resolved = content.comments.filter((comment) => comment.resolved);

  useEffect(() => {
    if (!outcome?.focus) return;
    if (outcome.focus === 'status') statusRef.current?.focus();
    else document.getElementById(outcome.focus)?.focus();
  }, [outcome]);

  const say = (message: string, focus: boolean) => setOutcome({ message, focus: focus ? 'status' : null });
  const thread = (comment: (typeof content.comments)[number]) => (
    <CommentThread key={comment.id} comment={comment} content={content} onChanged={onChanged} onOutcome={say} />
  );

  return (
    <>
      <p>
        {open.length > 0 ? (
          <strong>{openCount(open.length)}.</strong>
        ) : content.comments.length > 0 ? (
          'Every comment is resolved.'
        ) : (
          'No comments yet.'
        )}{' '}
        Reviewers and writers discuss the item here; every comment must be resolved before the item can be approved.
      </p>
      <div ref={statusRef} tabIndex={-1} role="status" className="content-comments__status">
        {outcome && (
          <Alert tone="success" live={false}>
            {outcome.message}
          </Alert>
        )}
      </div>
      {open.length > 0 && (
        <ol className="comment-threads" aria-label="Open comments">
          {open.map(thread)}
        </ol>
      )}
      {onChanged && (
        <CommentComposer
          content={content}
          prefill={prefill}
          onChanged={onChanged}
          onAdded={(id) => setOutcome({ message: 'Comment added.', focus: commentThreadId(id) })}
        />
      )}
      {resolved.length > 0 && (
        <details className="comment-threads__resolved">
          <summary>Resolved comments ({resolved.length})</summary>
          <ol className="comment-threads" aria-label="Resolved comments">
            {resolved.map(thread)}
          </ol>
        </details>
      )}
    </>
  );
}
