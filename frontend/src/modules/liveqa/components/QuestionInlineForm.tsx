import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { TextAreaField } from '@/ui/form/TextAreaField';
import '../styles/liveqa.css';

interface Props {
  id: string;
  label: string;
  hint?: string;
  initialValue: string;
  submitLabel: string;
  /** The edited text must not be empty; an answer may be. */
  required?: boolean;
  busy: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** The textarea a card opens to edit a question or to type an answer; Escape cancels. */
export function QuestionInlineForm({
  id,
  label,
  hint,
  initialValue,
  submitLabel,
  required,
  busy,
  onSubmit,
  onCancel,
}: Props) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (required && !value.trim()) return setError('Enter the text of the question.');
    onSubmit(value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form className="question-card__form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        required={required}
        value={value}
        onChange={setValue}
        error={error}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
