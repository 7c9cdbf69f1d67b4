import { afterEach, describe, expect, it } from 'vitest';
import {
  clearParticipantToken,
  normalizeJoinCode,
  readParticipantToken,
  saveParticipantToken,
} from '../utils/participantTokenStorage';

describe('participant token storage', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps the token in sessionStorage, keyed by join code', () => {
    saveParticipantToken('RVRS4PED', 'token-a');
    saveParticipantToken('K7QM2XWZ', 'token-b');
    expect(readParticipantToken('RVRS4PED')).toBe('token-a');
    expect(readParticipantToken('K7QM2XWZ')).toBe('token-b');
    expect(localStorage.length).toBe(0);
  });

  it('treats the join code case- and space-insensitively', () => {
    saveParticipantToken(' rvrs4ped ', 'token-a');
    expect(readParticipantToken('RVRS4PED')).toBe('token-a');
    expect(normalizeJoinCode(' rvrs4ped')).toBe('RVRS4PED');
  });

  it('forgets a cleared token', () => {
    saveParticipantToken('RVRS4PED', 'token-a');
    clearParticipantToken('RVRS4PED');
    expect(readParticipantToken('RVRS4PED')).toBeNull();
  });

  it('copes with storage that refuses access', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => saveParticipantToken('RVRS4PED', 't', broken)).not.toThrow();
    expect(readParticipantToken('RVRS4PED', broken)).toBeNull();
    expect(() => clearParticipantToken('RVRS4PED', broken)).not.toThrow();
  });
});
