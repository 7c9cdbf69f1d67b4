import { TextField } from '@/ui/form/TextField';

interface Props {
  idPrefix: string;
  name: string;
  credentials: string;
  onNameChange: (name: string) => void;
  onCredentialsChange: (credentials: string) => void;
  errors: { host?: string; name?: string; credentials?: string };
}

export function LiveSessionHostFieldset({
  idPrefix,
  name,
  credentials,
  onNameChange,
  onCredentialsChange,
  errors,
}: Props) {
  const errorId = errors.host ? `${idPrefix}-host-error` : undefined;
  return (
    <fieldset
      id={`${idPrefix}-host`}
      tabIndex={-1}
      className={errors.host ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={errorId}
    >
      <legend className="field__label">Host</legend>
      {errors.host && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.host}
        </p>
      )}
      <TextField
        id={`${idPrefix}-name`}
        label="Host name"
        hint="The clinician answering questions."
        required
        autoComplete="off"
        value={name}
        onChange={onNameChange}
        error={errors.name}
      />
      <TextField
        id={`${idPrefix}-credentials`}
        label="Host credentials"
        hint="e.g. MD, Pediatrics"
        autoComplete="off"
        value={credentials}
        onChange={onCredentialsChange}
        error={errors.credentials}
      />
    </fieldset>
  );
}
