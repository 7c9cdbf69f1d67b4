import { FieldMessages, messageIds } from '@/ui/form/Field';
import type { PublicQuestion } from '../../utils/responseForm';

interface Props {
  id: string;
  question: PublicQuestion;
  value: string[];
  onChange: (optionIds: string[]) => void;
  error?: string;
}

/** One choice as radio buttons, several as checkboxes, under the question as the group's legend. */
export function ChoiceQuestion({ id, question, value, onChange, error }: Props) {
  const single = question.type === 'SINGLE_CHOICE';
  const hint = single ? undefined : 'Choose all that apply.';
  const toggle = (optionId: string, on: boolean) =>
    onChange(single ? [optionId] : on ? [...value, optionId] : value.filter((chosen) => chosen !== optionId));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset public-question field--invalid' : 'fieldset public-question'}
      aria-describedby={messageIds(id, hint, error)}
    >
      <legend className="field__label">
        {question.prompt}
        {question.required && <span className="field__required"> (required)</span>}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="public-choices">
        {question.options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type={single ? 'radio' : 'checkbox'}
              name={id}
              value={option.id}
              checked={value.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
