import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNewestVersion } from '../hooks/useNewestVersion';

interface Item {
  id: string;
  version: number;
  note: string;
}

const item = (version: number, note: string, id = 'a'): Item => ({ id, version, note });

function render(initial: Item) {
  return renderHook(({ queried }) => useNewestVersion(queried), { initialProps: { queried: initial } });
}

describe('useNewestVersion', () => {
  it('shows a mutation’s answer of a higher version until the query catches up', () => {
    const view = render(item(1, 'read'));
    act(() => view.result.current[1](item(2, 'answered')));
    expect(view.result.current[0]?.note).toBe('answered');

    view.rerender({ queried: item(2, 'refetched') });
    expect(view.result.current[0]?.note).toBe('refetched');
  });

  it('shows an answer of the same version (a comment) until the query answers again', () => {
    const read = item(3, 'read');
    const view = render(read);
    act(() => view.result.current[1](item(3, 'commented')));
    expect(view.result.current[0]?.note).toBe('commented');

    view.rerender({ queried: read });
    expect(view.result.current[0]?.note).toBe('commented');
    view.rerender({ queried: item(3, 'refetched with the comment') });
    expect(view.result.current[0]?.note).toBe('refetched with the comment');
  });

  it('never shows an older answer or another item', () => {
    const view = render(item(5, 'read'));
    act(() => view.result.current[1](item(4, 'old')));
    expect(view.result.current[0]?.note).toBe('read');
    act(() => view.result.current[1](item(9, 'another item', 'b')));
    expect(view.result.current[0]?.note).toBe('read');
  });
});
