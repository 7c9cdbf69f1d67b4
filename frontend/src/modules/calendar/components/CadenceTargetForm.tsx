import { useState, type FormEvent } from 'react';
import { TextField } from '@/ui/form/TextField';
import { MAX_CADENCE_TARGET, parseCadenceTarget } from '../utils/cadence';

interface Props {
  target: number | null;
  onChange: (target: number | null) => void;
}

const ID = 'calendar-cadence-target';

/**
 * The weekly number of posts per channel to compare with. CarePulse keeps no posting target for
 * an organisation, so it lives in the page's address: a shared link compares with the same one.
 */
export function CadenceTargetForm({ target, onChange }: Props) {
  const [value, setValue] = useState(target === null ? '' : String(target));
  const [error, setError] = useState<string | undefined>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCadenceTarget(value);
    if (value.trim() && parsed === null) {
      setError(`Enter a whole number from 1 to ${MAX_CADENCE_TARGET}, or leave it empty`);
      return;
    }
    setError(undefined);
    onChange(parsed);
  };
  return (
    <form className="calendar-cadence__target" onSubmit={apply} noValidate aria-label="Cadence target">
      <TextField
        id={ID}
        label="Target posts per week, per channel"
        hint="Optional: the number your team aims for. It is not saved in CarePulse; it stays in this page’s address, so a link you share compares with it too."
        value={value}
        onChange={setValue}
        error={error}
        inputMode="numeric"
        autoComplete="off"
        className="input input--short"
      />
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
