/**
 * The participant token of each joined session, in sessionStorage: it survives a reload of the
 * tab and dies with it, and never appears in a URL. Keyed by join code, so two sessions in two
 * tabs do not mix.
 */
const PREFIX = 'carepulse.live.participant:';

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Join codes avoid look-alike characters, so case and surrounding spaces carry no meaning. */
export const normalizeJoinCode = (joinCode: string) => joinCode.trim().toUpperCase();

const keyOf = (joinCode: string) => PREFIX + normalizeJoinCode(joinCode);

export function readParticipantToken(joinCode: string, storage: TokenStorage = sessionStorage): string | null {
  try {
    return storage.getItem(keyOf(joinCode)) || null;
  } catch {
    // Storage can be disabled (privacy settings); the participant then joins again after a reload.
    return null;
  }
}

export function saveParticipantToken(joinCode: string, token: string, storage: TokenStorage = sessionStorage): void {
  try {
    storage.setItem(keyOf(joinCode), token);
  } catch {
    // See readParticipantToken.
  }
}

export function clearParticipantToken(joinCode: string, storage: TokenStorage = sessionStorage): void {
  try {
    storage.removeItem(keyOf(joinCode));
  } catch {
    // See readParticipantToken.
  }
}
