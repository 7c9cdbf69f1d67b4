import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from '../hooks/useThrottledValue';

describe('useThrottledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a change after a quiet spell at once, and the changes in the pause after it as one, the latest', () => {
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 5000), {
      initialProps: { value: 'one vote' },
    });
    rerender({ value: 'two votes' });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe('two votes');

    rerender({ value: 'three votes' });
    rerender({ value: 'four votes' });
    act(() => vi.advanceTimersByTime(4000));
    expect(result.current).toBe('two votes');
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe('four votes');
  });
});
