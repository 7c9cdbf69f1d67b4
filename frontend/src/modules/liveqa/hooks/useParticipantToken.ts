import { useCallback, useState } from 'react';
import { clearParticipantToken, readParticipantToken, saveParticipantToken } from '../utils/participantTokenStorage';

/** The participant token for a join code, read from and written to sessionStorage. */
export function useParticipantToken(joinCode: string) {
  const [token, setToken] = useState(() => readParticipantToken(joinCode));
  const save = useCallback(
    (next: string) => {
      saveParticipantToken(joinCode, next);
      setToken(next);
    },
    [joinCode],
  );
  const clear = useCallback(() => {
    clearParticipantToken(joinCode);
    setToken(null);
  }, [joinCode]);
  /** Drops the stored copy only: the page keeps showing what it has, a reload starts over. */
  const forget = useCallback(() => clearParticipantToken(joinCode), [joinCode]);
  return { token, save, clear, forget };
}
