import { describe, expect, it } from 'vitest';
import { routeReplyErrors } from '../utils/replyErrors';
import { findingReason } from '../utils/replyGuard';
import { savedReply } from './feedbackFixtures';

const relationship = {
  code: 'PATIENT_RELATIONSHIP_DISCLOSED' as const,
  field: ['input', 'text'],
  message: '“your appointment” (characters 10–25) tells everyone this person is a patient: answer without it',
};
const phi = {
  code: 'PHI_SUSPECTED' as const,
  field: ['input', 'text'],
  message: 'Possible phone number (characters 30–41): leave personal details out of a reply',
};

describe('routeReplyErrors', () => {
  it('puts the guard’s refusals beside the box, with the suggested reply, and allows an override', () => {
    const suggestion = savedReply();
    const routed = routeReplyErrors([relationship, phi], suggestion);
    expect(routed.text).toEqual([relationship, phi]);
    expect(routed).toMatchObject({ guarded: true, conflict: false, form: [], justification: null });
    expect(routed.suggestedReply).toBe(suggestion);
  });

  it('puts a refused justification beside its own field', () => {
    const routed = routeReplyErrors([
      {
        code: 'INVALID',
        field: ['input', 'overrideJustification'],
        message: 'Say why it may be sent, in at least 20 characters',
      },
    ]);
    expect(routed.justification).toBe('Say why it may be sent, in at least 20 characters');
    expect(routed.text).toEqual([]);
    expect(routed.guarded).toBe(false);
  });

  it('tells a conflict apart and keeps other errors for the form', () => {
    const routed = routeReplyErrors([
      { code: 'CONFLICT', field: ['input', 'expectedVersion'], message: 'Changed' },
      { code: 'NOT_FOUND', field: ['input', 'savedReplyId'], message: 'Choose one of the saved replies' },
    ]);
    expect(routed.conflict).toBe(true);
    expect(routed.form).toEqual(['Choose one of the saved replies']);
  });
});

describe('findingReason', () => {
  it('says why in the words hospital staff use, naming a reviewer as such', () => {
    expect(findingReason('PATIENT_RELATIONSHIP_DISCLOSED', 'GOOGLE_REVIEW')).toBe(
      'This tells everyone the reviewer is your patient.',
    );
    expect(findingReason('PATIENT_RELATIONSHIP_DISCLOSED', 'FACEBOOK_COMMENT')).toBe(
      'This tells everyone the writer is your patient.',
    );
    expect(findingReason('PHI_SUSPECTED', 'X_REPLY', 'EMAIL')).toBe(
      'This looks like an e-mail address: leave personal details out of a reply.',
    );
  });
});
