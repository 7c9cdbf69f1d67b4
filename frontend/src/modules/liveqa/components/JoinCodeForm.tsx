import { useState, type FormEvent } from 'react';
import { TextField } from '@/ui/form/TextField';
import { audiencePath } from '../utils/liveSessionPaths';
import { normalizeJoinCode } from '../utils/participantTokenStorage';
import '../styles/liveqa.css';

/** Type a join code again: opens that code's page. */
export function JoinCodeForm({ initialCode = '' }: { initialCode?: string }) {
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = normalizeJoinCode(code).replace(/\s+/g, '');
    if (!next) return setError('Type the code the host gave you.');
    setError(undefined);
    // The public pages have no router: open the code's page as a fresh load.
    window.location.assign(audiencePath(next));
  };
  return (
    <form className="form join-code-form" onSubmit={submit} noValidate>
      <TextField
        id="join-code"
        label="Join code"
        hint="8 letters and digits, as shown on the screen or in the invitation."
        value={code}
        onChange={setCode}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <button type="submit" className="button button--primary">
        Open session
      </button>
    </form>
  );
}
