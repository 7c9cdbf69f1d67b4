// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deliveryEvent, deliveryOutcome } from '../utils/deliveryWords';

describe('a webhook delivery in words', () => {
  it('names the event as an admin calls it, and an unknown one as the server does', () => {
    expect(deliveryEvent('content.publish')).toBe('Post');
    expect(deliveryEvent('content.retract')).toBe('Take-down');
    expect(deliveryEvent('content.updated')).toBe('content.updated');
  });

  it('says a delivery with its status, and a failure in the server’s words', () => {
    expect(deliveryOutcome({ status: 200, error: null })).toBe('Delivered (200)');
    expect(deliveryOutcome({ status: 0, error: 'No answer within 10 seconds' })).toBe('No answer within 10 seconds');
  });
});
