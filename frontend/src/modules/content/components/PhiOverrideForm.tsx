import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { OverridePhiFindingDocument, type ContentDetailFragment } from '@/generated/graphql';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { useContentChangeForm } from '../hooks/useContentChangeForm';
import { JUSTIFICATION_MIN, validateJustification } from '../utils/phiOverride';
import { ContentFormError } from './ContentFormError';

interface Props {
  contentId: string;
  finding: ContentDetailFragment['phiFindings'][number];
  /** The finding in words, e.g. Possible phone number: “555-201-0134”, naming what is overridden. */
  description: string;
  /** Unique on the page, for the field's id. */
  idPrefix: string;
  onChanged: (content: ContentDetailFragment) => void;
  onOverridden: () => void;
  onCancel: () => void;
}

/** A compliance officer lets one finding through, saying why; the decision is kept with the item and audited. */
export function PhiOverrideForm({
  contentId,
  finding,
  description,
  idPrefix,
  onChanged,
  onOverridden,
  onCancel,
}: Props) {
  const [, override] = useMutation(OverridePhiFindingDocument);
  const [justification, setJustification] = useState('');
  const id = `${idPrefix}-justification`;
  const form = useContentChangeForm({ fields: ['justification'], fieldId: () => id, onChanged });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check({ justification: validateJustification(justification) })) return;
    const { field, type, start, end } = finding;
    const answered = await form.submit(() =>
      override({ input: { contentId, field, type, start, end, justification: justification.trim() } }).then((r) => ({
        payload: r.data?.overridePhiFinding,
        error: r.error,
      })),
    );
    if (answered) onOverridden();
  };

  return (
    <form
      className="form phi-override-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Override: ${description}`}
    >
      <TextAreaField
        id={id}
        label="Justification"
        hint={`Why this is not protected health information, or why it may be published: at least ${JUSTIFICATION_MIN} characters. Your name, the time and this justification stay with the item; an override cannot be undone.`}
        value={justification}
        onChange={setJustification}
        error={form.errors.justification}
        required
        rows={3}
        autoFocus
      />
      <ContentFormError id={form.formErrorId} message={form.formError} />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={form.busy}>
          {form.busy ? 'Overriding…' : 'Override finding'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
