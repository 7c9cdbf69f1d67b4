import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AddContentCommentDocument, type ContentDetailFragment } from '@/generated/graphql';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { useContentChangeForm } from '../hooks/useContentChangeForm';
import {
  anchorInput,
  anchorTargets,
  isSpanTarget,
  locateWords,
  spanText,
  type AnchorTarget,
} from '../utils/commentAnchors';
import { validateCommentForm, type CommentFormField, type CommentFormValues } from '../utils/commentForm';
import { ContentFormError } from './ContentFormError';

/** Words picked in the body to comment on; a new `key` each time, so picking the same words again still applies. */
export interface CommentPrefill extends Pick<CommentFormValues, 'target' | 'words' | 'selected'> {
  key: number;
}

interface Props {
  content: ContentDetailFragment;
  prefill: CommentPrefill | null;
  onChanged: (content: ContentDetailFragment) => void;
  /** The comment is saved: the section shows it and moves focus to it. */
  onAdded: (commentId: string) => void;
}

const FIELDS: readonly CommentFormField[] = ['target', 'words', 'text'];
const fieldId = (field: CommentFormField) => `content-comment-${field}`;
const EMPTY: CommentFormValues = { target: 'BODY', words: '', selected: null, text: '' };

/** A new comment on the title's or body's words, a channel's text or a media item. */
export function CommentComposer({ content, prefill, onChanged, onAdded }: Props) {
  const [, add] = useMutation(AddContentCommentDocument);
  const [values, setValues] = useState<CommentFormValues>(EMPTY);
  // The server names the anchor's parts: its span (the words) and its channel or media item (the target).
  const form = useContentChangeForm({
    fields: FIELDS,
    fieldId,
    aliases: { start: 'words', end: 'words', channel: 'target', mediaIndex: 'target', anchor: 'target' },
    onChanged,
  });
  const set = (change: Partial<CommentFormValues>) => setValues((current) => ({ ...current, ...change }));

  // Words picked in the body: take them (keeping what is written) and go on to the comment.
  useEffect(() => {
    if (!prefill) return;
    setValues((current) => ({ ...current, target: prefill.target, words: prefill.words, selected: prefill.selected }));
    document.getElementById(fieldId(prefill.words ? 'text' : 'words'))?.focus();
  }, [prefill]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(validateCommentForm(values, content))) return;
    const span = isSpanTarget(values.target)
      ? locateWords(spanText(content, values.target), values.words, values.selected)
      : null;
    const answered = await form.submit(() =>
      add({
        input: { contentId: content.id, anchor: anchorInput(values.target, span), text: values.text.trim() },
      }).then((r) => ({ payload: r.data?.addContentComment, error: r.error })),
    );
    if (!answered?.comment) return;
    setValues({ ...EMPTY, target: values.target });
    onAdded(answered.comment.id);
  };

  const where = values.target === 'TITLE' ? 'title' : 'body';
  return (
    <form
      className="form comment-composer"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="content-comment-new-title"
    >
      <h3 id="content-comment-new-title">New comment</h3>
      <SelectField
        id={fieldId('target')}
        label="About"
        options={anchorTargets(content)}
        value={values.target}
        onChange={(target) => target && set({ target: target as AnchorTarget, selected: null })}
        error={form.errors.target}
      />
      {isSpanTarget(values.target) && (
        <TextField
          id={fieldId('words')}
          label={`Words of the ${where} it is about`}
          hint={`Select words in the body and press “Comment on the selected words”, or type them exactly as they appear in the ${where}.`}
          value={values.words}
          onChange={(words) => set({ words })}
          error={form.errors.words}
          required
          autoComplete="off"
        />
      )}
      <TextAreaField
        id={fieldId('text')}
        label="Comment"
        hint="Open comments must be resolved before anyone can approve the item."
        value={values.text}
        onChange={(text) => set({ text })}
        error={form.errors.text}
        required
        rows={3}
      />
      <ContentFormError id={form.formErrorId} message={form.formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? 'Adding…' : 'Add comment'}
        </button>
      </div>
    </form>
  );
}
