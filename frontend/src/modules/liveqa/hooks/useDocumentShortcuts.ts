import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutCommand } from '../utils/moderationShortcuts';

/**
 * Listens for the moderation shortcuts on the page's content (the body or inside <main>, not the
 * header's buttons), except while the user types.
 */
export function useDocumentShortcuts(onCommand: (command: ShortcutCommand) => void) {
  const onCommandRef = useRef(onCommand);
  onCommandRef.current = onCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !onPageContent(event.target)) return;
      const command = shortcutFor(event);
      if (!command) return;
      event.preventDefault();
      onCommandRef.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function onPageContent(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return target instanceof Element && target.closest('main') !== null;
}
