import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';

/**
 * One message for every link that does not work (unknown, used, expired, cancelled, locked, or no
 * token at all), so the page tells nothing about a link to whoever holds it.
 */
export function LinkNotValid({ what = 'Ask the clinic for a new one.' }: { what?: string }) {
  useDocumentTitle('Link not valid');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        This link is not valid any more
      </h1>
      <p>This link is not valid any more. {what}</p>
    </>
  );
}
