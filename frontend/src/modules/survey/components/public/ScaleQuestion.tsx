import { FieldMessages, messageIds } from '@/ui/form/Field';

interface Props {
  id: string;
  legend: string;
  required: boolean;
  kind: 'RATING' | 'NPS';
  value: number | null;
  onChange: (value: number) => void;
  error?: string;
}

const RATING = [1, 2, 3, 4, 5];
const NPS = Array.from({ length: 11 }, (_, value) => value);

/**
 * A 1–5 star rating or a 0–10 Net Promoter Score as a group of radio buttons: arrow keys move
 * between them as in any radio group. Each has its value as its name ("3 stars", "7"); the NPS
 * ends' meanings are read with the group.
 */
export function ScaleQuestion({ id, legend, required, kind, value, onChange, error }: Props) {
  const stars = kind === 'RATING';
  const values = stars ? RATING : NPS;
  const endsId = `${id}-ends`;
  const hint = stars ? undefined : '0 means not at all likely, 10 extremely likely.';
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset public-question field--invalid' : 'fieldset public-question'}
      aria-describedby={messageIds(id, hint, error)}
    >
      <legend className="field__label">
        {legend}
        {required && <span className="field__required"> (required)</span>}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={stars ? 'scale scale--stars' : 'scale scale--nps'}>
        {values.map((option) => {
          const filled = stars && value !== null && option <= value;
          return (
            <label key={option} className={`scale__option${filled ? ' scale__option--filled' : ''}`}>
              <input
                type="radio"
                name={id}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
              />
              {stars ? (
                <>
                  <span className="scale__star" aria-hidden="true">
                    {filled ? '★' : '☆'}
                  </span>
                  <span className="scale__number">
                    {option}
                    <span className="visually-hidden"> {option === 1 ? 'star' : 'stars'}</span>
                  </span>
                </>
              ) : (
                <span className="scale__number">{option}</span>
              )}
            </label>
          );
        })}
      </div>
      {!stars && (
        <p id={endsId} className="scale__ends" aria-hidden="true">
          <span>Not at all likely</span>
          <span>Extremely likely</span>
        </p>
      )}
    </fieldset>
  );
}
