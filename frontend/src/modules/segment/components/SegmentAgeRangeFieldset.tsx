import { TextField } from '@/ui/form/TextField';

interface Props {
  idPrefix: string;
  min: string;
  max: string;
  onMinChange: (min: string) => void;
  onMaxChange: (max: string) => void;
  errors: { ageRange?: string; min?: string; max?: string };
}

export function SegmentAgeRangeFieldset({ idPrefix, min, max, onMinChange, onMaxChange, errors }: Props) {
  const id = `${idPrefix}-ageRange`;
  const errorId = errors.ageRange ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="fieldset"
      aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
    >
      <legend className="field__label">Age range</legend>
      <p id={`${id}-hint`} className="field__hint">
        In years, both ends included. Leave both empty for any age.
      </p>
      {errors.ageRange && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.ageRange}
        </p>
      )}
      <div className="field-row">
        <TextField
          id={`${idPrefix}-min`}
          label="Minimum age"
          inputMode="numeric"
          className="input input--short"
          value={min}
          onChange={onMinChange}
          error={errors.min}
        />
        <TextField
          id={`${idPrefix}-max`}
          label="Maximum age"
          inputMode="numeric"
          className="input input--short"
          value={max}
          onChange={onMaxChange}
          error={errors.max}
        />
      </div>
    </fieldset>
  );
}
