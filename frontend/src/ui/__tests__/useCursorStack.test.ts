import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorStack } from '../pagination/useCursorStack';

describe('useCursorStack', () => {
  it('goes forward with end cursors and back through the ones it left', () => {
    const { result } = renderHook(() => useCursorStack('filters'));
    act(() => result.current.next('a'));
    act(() => result.current.next('b'));
    expect(result.current).toMatchObject({ after: 'b', page: 3 });
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ after: 'a', page: 2 });
  });

  it('starts again at page one when the filters change', () => {
    const { result, rerender } = renderHook(({ key }) => useCursorStack(key), {
      initialProps: { key: 'status=ACTIVE' },
    });
    act(() => result.current.next('a'));
    rerender({ key: 'status=PAUSED' });
    expect(result.current).toMatchObject({ after: null, page: 1 });
  });
});
