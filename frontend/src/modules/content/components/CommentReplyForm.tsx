import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ReplyToContentCommentDocument, type ContentDetailFragment } from '@/generated/graphql';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { useContentChangeForm } from '../hooks/useContentChangeForm';
import { validateCommentText } from '../utils/commentForm';
import { ContentFormError } from './ContentFormError';

interface Props {
  contentId: string;
  commentId: string;
  onChanged: (content: ContentDetailFragment) => void;
  onReplied: () => void;
  onCancel: () => void;
}

/** A reply in a comment's thread. */
export function CommentReplyForm({ contentId, commentId, onChanged, onReplied, onCancel }: Props) {
  const [, reply] = useMutation(ReplyToContentCommentDocument);
  const [text, setText] = useState('');
  const id = `content-comment-${commentId}-reply`;
  const form = useContentChangeForm({ fields: ['text'], fieldId: () => id, onChanged });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check({ text: validateCommentText(text) })) return;
    const answered = await form.submit(() =>
      reply({ input: { contentId, commentId, text: text.trim() } }).then((r) => ({
        payload: r.data?.replyToContentComment,
        error: r.error,
      })),
    );
    if (answered) onReplied();
  };

  return (
    <form className="form comment-thread__form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={id}
        label="Your reply"
        value={text}
        onChange={setText}
        error={form.errors.text}
        required
        autoFocus
      />
      <ContentFormError id={form.formErrorId} message={form.formError} />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={form.busy}>
          {form.busy ? 'Sending…' : 'Send reply'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
