// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { postingPolicyGate } from '../utils/postingPolicyGate';

describe('the posting policy gate of the editor', () => {
  it('asks a writer to accept the current version before writing', () => {
    expect(postingPolicyGate({ version: 2, acknowledgedByMe: false })).toBe('acknowledge');
  });

  it('lets a writer through once accepted, or when the organisation has no policy yet', () => {
    expect(postingPolicyGate({ version: 2, acknowledgedByMe: true })).toBe('open');
    expect(postingPolicyGate({ version: 0, acknowledgedByMe: false })).toBe('open');
  });
});
