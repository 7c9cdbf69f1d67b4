import { ContentEventsDocument, type ContentEventsSubscription } from '@/generated/graphql';
import { useRefreshOnChange } from '@/modules/api/hooks/useRefreshOnChange';
import { CONTENT_STATUS_LABELS } from '../utils/contentLabels';

/** "“Flu shots” is now in review.": the latest change, for a polite status line. */
export function describeContentChange({ contentEvents: change }: ContentEventsSubscription): string {
  const title = `“${change.content.title}”`;
  switch (change.kind) {
    case 'CREATED':
      return `${title} was created.`;
    case 'UPDATED':
      return `${title} was changed.`;
    case 'STATUS_CHANGED':
      return `${title} is now ${CONTENT_STATUS_LABELS[change.content.status].toLowerCase()}.`;
  }
}

/**
 * Listens to `contentEvents` and calls `onChange` for each change in the organisation, so a
 * review queue or panel reads again what it shows (an item may have arrived or left).
 */
export function useContentLiveRefresh(onChange: () => void) {
  const { data, unavailable } = useRefreshOnChange(ContentEventsDocument, onChange);
  return { lastChange: data ? describeContentChange(data) : null, unavailable };
}
