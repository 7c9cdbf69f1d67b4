import { useCallback, useEffect, useState } from 'react';
import type { LivePollFieldsFragment } from '@/generated/graphql';
import { openPollOf } from '../utils/pollResults';

/** The id of the console's New poll button, where focus goes back once a poll closes or a draft is dropped. */
export const NEW_POLL_BUTTON_ID = 'new-poll';
export const POLL_PANEL_TITLE_ID = 'poll-panel-title';

type Focus = 'new' | 'panel' | null;

/**
 * The console's polls: the open one, the past ones, and whether a new one is being written (only
 * while the session is live and none is open: the API allows one at a time). Its parts sit apart
 * on the page, so the queues stay first: New poll in the toolbar, the open poll or the form
 * above the queues while there is one, the past polls below them.
 */
export function useConsolePolls(polls: readonly LivePollFieldsFragment[], live: boolean) {
  const open = openPollOf(polls);
  const past = polls.filter((poll) => poll.status === 'CLOSED');
  const canLaunch = live && !open;
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<Focus>(null);

  // Focus follows what replaced the control just used: the open poll, or New poll again.
  useEffect(() => {
    if (!focus) return;
    const target = focus === 'new' ? NEW_POLL_BUTTON_ID : POLL_PANEL_TITLE_ID;
    document.getElementById(target)?.focus();
    setFocus(null);
  }, [focus]);

  return {
    open,
    past,
    canLaunch,
    composing: writing && canLaunch,
    message,
    compose: useCallback(() => {
      setWriting(true);
      setMessage('');
    }, []),
    cancel: useCallback(() => {
      setWriting(false);
      setFocus('new');
    }, []),
    launched: useCallback(() => {
      setWriting(false);
      setMessage('Poll launched. The audience can answer now.');
      setFocus('panel');
    }, []),
    closed: useCallback(() => {
      setMessage('Poll closed. Its results stay visible to the audience.');
      setFocus('new');
    }, []),
  };
}

export type ConsolePolls = ReturnType<typeof useConsolePolls>;
