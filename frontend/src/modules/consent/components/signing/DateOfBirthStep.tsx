import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FieldMessages, messageIds } from '@/ui/form/Field';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { isoDay } from '../../utils/consentDates';
import { dateOfBirthFrom, EMPTY_DATE_PARTS, type DateParts } from '../../utils/dateOfBirthFields';

interface Props {
  organizationName: string;
  /** The server's answer to the last try (wrong date, tries left), shown as the field's error. */
  problem?: string;
  checking: boolean;
  onConfirm: (dateOfBirth: string) => void;
}

const PARTS: { key: keyof DateParts; label: string; className: string; maxLength: number }[] = [
  { key: 'day', label: 'Day', className: 'input dob__part', maxLength: 2 },
  { key: 'month', label: 'Month', className: 'input dob__part', maxLength: 2 },
  { key: 'year', label: 'Year', className: 'input dob__part dob__part--year', maxLength: 4 },
];

/** Step 1: before anything of the authorization is shown, the patient's date of birth. */
export function DateOfBirthStep({ organizationName, problem, checking, onConfirm }: Props) {
  useDocumentTitle('Confirm your date of birth');
  const [parts, setParts] = useState<DateParts>(EMPTY_DATE_PARTS);
  const [typed, setTyped] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const error = typed ?? problem;

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (problem) first.current?.focus();
  }, [problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = dateOfBirthFrom(parts, isoDay(new Date()));
    if ('problem' in result) {
      setTyped(result.problem);
      first.current?.focus();
      return;
    }
    setTyped(undefined);
    onConfirm(result.date);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {organizationName} asks for your permission
      </h1>
      <p>
        {organizationName} would like to share your story or pictures with the public, and needs your written permission
        first. To make sure this page is for you, please enter the patient’s date of birth.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-busy={checking}>
        <fieldset
          id="dob"
          className={error ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={messageIds('dob', 'For example: 27 3 1980', error)}
        >
          <legend className="field__label">Patient’s date of birth</legend>
          <FieldMessages id="dob" hint="For example: 27 3 1980" error={error} />
          <div className="dob">
            {PARTS.map((part, index) => (
              <div className="dob__field" key={part.key}>
                <label htmlFor={`dob-${part.key}`} className="field__label">
                  {part.label}
                </label>
                <input
                  ref={index === 0 ? first : undefined}
                  id={`dob-${part.key}`}
                  className={part.className}
                  inputMode="numeric"
                  autoComplete={`bday-${part.key}`}
                  maxLength={part.maxLength}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'dob-error' : undefined}
                  value={parts[part.key]}
                  onChange={(event) => setParts({ ...parts, [part.key]: event.target.value })}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button button--primary button--large" disabled={checking}>
          {checking ? 'Checking…' : 'Continue'}
        </button>
      </form>
    </>
  );
}
