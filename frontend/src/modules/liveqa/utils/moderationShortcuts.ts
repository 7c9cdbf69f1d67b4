import type { ModerationAction, QuestionStatus } from '@/generated/graphql';

export type ShortcutCommand =
  'next' | 'previous' | 'approve' | 'reject' | 'edit' | 'pin' | 'answer' | 'toggleSelect' | 'undo' | 'search';

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

const KEYS: Record<string, ShortcutCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'approve',
  r: 'reject',
  e: 'edit',
  p: 'pin',
  m: 'answer',
  x: 'toggleSelect',
  u: 'undo',
  '/': 'search',
};

/** For the visible help: each command's keys, in the order they are listed. */
export const SHORTCUT_HELP: readonly { keys: readonly string[]; command: ShortcutCommand; label: string }[] = [
  { keys: ['j', 'Down arrow'], command: 'next', label: 'Select the next question' },
  { keys: ['k', 'Up arrow'], command: 'previous', label: 'Select the previous question' },
  { keys: ['a'], command: 'approve', label: 'Approve' },
  { keys: ['r'], command: 'reject', label: 'Reject' },
  { keys: ['e'], command: 'edit', label: 'Edit (pending questions only)' },
  { keys: ['p'], command: 'pin', label: 'Pin or unpin' },
  { keys: ['m'], command: 'answer', label: 'Mark answered (opens the optional answer box)' },
  {
    keys: ['x'],
    command: 'toggleSelect',
    label: 'Select or unselect a pending question for Approve / Reject selected',
  },
  { keys: ['u'], command: 'undo', label: 'Undo the last rejection (while its notice shows)' },
  { keys: ['/'], command: 'search', label: 'Search questions' },
];

/** True while the user types: a key there is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  // A checkbox takes no text: the shortcuts keep working while one has focus.
  return (
    element.closest(
      'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
    ) !== null
  );
}

/** The command a key press stands for, or null (modifier held, typing, or not a shortcut). */
export function shortcutFor(event: KeyLike): ShortcutCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : null;
}

/**
 * The moderation action a command stands for on a question: p toggles the pin, e only edits a
 * pending question. Null for moving the selection. Whether the question allows it is the caller's check.
 */
export function moderationActionFor(
  command: ShortcutCommand,
  question: { status: QuestionStatus; allowedActions: readonly ModerationAction[] },
): ModerationAction | null {
  switch (command) {
    case 'approve':
      return 'APPROVE';
    case 'reject':
      return 'REJECT';
    case 'edit':
      return question.status === 'PENDING' ? 'EDIT' : null;
    case 'pin':
      return question.allowedActions.includes('UNPIN') ? 'UNPIN' : 'PIN';
    case 'answer':
      return 'MARK_ANSWERED';
    case 'next':
    case 'previous':
    case 'toggleSelect':
    case 'undo':
    case 'search':
      return null;
  }
}
