import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCoalescedCallback } from '../hooks/useCoalescedCallback';

describe('useCoalescedCallback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and a burst after it once, when the pause ends', () => {
    const refresh = vi.fn();
    const { result } = renderHook(() => useCoalescedCallback(refresh, 1000));
    result.current();
    expect(refresh).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 500; i++) result.current();
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(refresh).toHaveBeenCalledTimes(2);
    result.current();
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
