import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import {
  ResolveContentCommentDocument,
  type ContentCommentFieldsFragment,
  type ContentDetailFragment,
} from '@/generated/graphql';
import { formatDateTime } from '@/ui/utils/format';
import { useContentChangeForm } from '../hooks/useContentChangeForm';
import { anchorLabel, anchorMoved } from '../utils/commentAnchors';
import { personName } from '../utils/personName';
import { CommentReplyForm } from './CommentReplyForm';
import { ContentFormError } from './ContentFormError';

interface Props {
  comment: ContentCommentFieldsFragment;
  content: ContentDetailFragment;
  /** Absent for those who may not reply or resolve. */
  onChanged?: (content: ContentDetailFragment) => void;
  /** Says what happened, e.g. "Reply added."; `focus` moves focus to that message. */
  onOutcome: (message: string, focus: boolean) => void;
}

/** The DOM id of a comment's thread, to move focus to a comment just added. */
export const commentThreadId = (commentId: string) => `content-comment-${commentId}`;

/** One comment: what it is about (the words quoted), who said what, its replies, and replying or resolving. */
export function CommentThread({ comment, content, onChanged, onOutcome }: Props) {
  const [, resolve] = useMutation(ResolveContentCommentDocument);
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const id = commentThreadId(comment.id);
  const resolving = useContentChangeForm({ fields: [], fieldId: () => id, onChanged: onChanged ?? (() => {}) });
  const label = anchorLabel(comment.anchor, content);
  const author = personName(comment.author);

  const onResolve = async () => {
    const answered = await resolving.submit(() =>
      resolve({ input: { contentId: content.id, commentId: comment.id } }).then((r) => ({
        payload: r.data?.resolveContentComment,
        error: r.error,
      })),
    );
    if (!answered?.content) return;
    const left = answered.content.comments.filter((c) => !c.resolved).length;
    onOutcome(
      `Comment resolved. ${left === 0 ? 'No open comments remain.' : `${left} open ${left === 1 ? 'comment remains' : 'comments remain'}.`}`,
      true,
    );
  };
  // When the reply form goes, focus returns to the button that opened it.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (replying || !returnFocus.current) return;
    returnFocus.current = false;
    replyButton.current?.focus();
  }, [replying]);
  const closeReply = () => {
    returnFocus.current = true;
    setReplying(false);
  };

  return (
    <li id={id} tabIndex={-1} className={`comment-thread${comment.resolved ? ' comment-thread--resolved' : ''}`}>
      <h3 id={`${id}-title`} className="comment-thread__title">
        {label}: comment by {author}
      </h3>
      {comment.anchor.quote && <blockquote className="comment-thread__quote">{comment.anchor.quote}</blockquote>}
      {anchorMoved(comment.anchor, content) && (
        <p className="muted">The text has been edited since: these words are no longer where the comment was made.</p>
      )}
      <p className="comment-thread__meta">
        <time dateTime={comment.at}>{formatDateTime(comment.at)}</time>
      </p>
      <p className="comment-thread__text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ol className="comment-thread__replies" aria-label={`Replies to ${author}`}>
          {comment.replies.map((reply, index) => (
            <li key={`${reply.at}-${index}`}>
              <p className="comment-thread__meta">
                {personName(reply.author)}, <time dateTime={reply.at}>{formatDateTime(reply.at)}</time>
              </p>
              <p className="comment-thread__text">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved ? (
        <p className="muted">
          Resolved by {personName(comment.resolvedBy)}
          {comment.resolvedAt && (
            <>
              , <time dateTime={comment.resolvedAt}>{formatDateTime(comment.resolvedAt)}</time>
            </>
          )}
        </p>
      ) : (
        onChanged && (
          <>
            <ContentFormError id={resolving.formErrorId} message={resolving.formError} />
            {replying ? (
              <CommentReplyForm
                contentId={content.id}
                commentId={comment.id}
                onChanged={onChanged}
                onReplied={() => {
                  closeReply();
                  onOutcome('Reply added.', false);
                }}
                onCancel={closeReply}
              />
            ) : (
              <div className="button-row">
                <button
                  ref={replyButton}
                  type="button"
                  className="button button--small"
                  onClick={() => setReplying(true)}
                >
                  Reply <span className="visually-hidden">to {author}</span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={resolving.busy}
                  onClick={() => void onResolve()}
                >
                  Resolve{' '}
                  <span className="visually-hidden">
                    comment: {label}, by {author}
                  </span>
                </button>
              </div>
            )}
          </>
        )
      )}
    </li>
  );
}
