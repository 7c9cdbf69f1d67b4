import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast } from '../feedback/UndoToast';
import { useUndoToast } from '../feedback/useUndoToast';

function Harness({ onUndo }: { onUndo: () => void | Promise<void> }) {
  const toast = useUndoToast(8000);
  return (
    <>
      <button type="button" onClick={() => toast.show({ message: 'Question rejected.', onUndo })}>
        Reject
      </button>
      <UndoToast controller={toast} />
    </>
  );
}

describe('UndoToast', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('offers Undo in a polite region for eight seconds, then goes', () => {
    const onUndo = vi.fn();
    render(<Harness onUndo={onUndo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const message = screen.getByText('Question rejected.');
    expect(message.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(7900));
    expect(screen.getByText('Question rejected.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByText('Question rejected.')).not.toBeInTheDocument();
    expect(onUndo).not.toHaveBeenCalled();
  });

  it('stays while focus is on it, and undoes once', async () => {
    const onUndo = vi.fn(() => Promise.resolve());
    render(<Harness onUndo={onUndo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    act(() => undo.focus());
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByText('Question rejected.')).toBeInTheDocument();
    await act(async () => fireEvent.click(undo));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.queryByText('Question rejected.')).not.toBeInTheDocument();
  });
});
