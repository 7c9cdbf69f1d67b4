import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FeedbackThreadsDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { InboxFilters } from '@/modules/feedback/components/InboxFilters';
import { InboxLiveStatus } from '@/modules/feedback/components/InboxLiveStatus';
import { inboxColumns } from '@/modules/feedback/components/inboxColumns';
import { useAssigneeOptions } from '@/modules/feedback/hooks/useAssigneeOptions';
import { useInboxListState } from '@/modules/feedback/hooks/useInboxListState';
import { useInboxLiveRefresh } from '@/modules/feedback/hooks/useInboxLiveRefresh';
import { useThemeTaxonomy } from '@/modules/feedback/hooks/useThemeTaxonomy';
import { IMPORT_FEEDBACK_PATH, SAVED_REPLIES_PATH, THEMES_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { toFeedbackThreadFilter } from '@/modules/feedback/utils/inboxFilters';
import { themeOptions } from '@/modules/feedback/utils/themeLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { useNow } from '@/ui/hooks/useNow';
import { PageHeading } from '@/ui/layout/PageHeading';

const PAGE_SIZE = 25;

export function InboxListPage() {
  const { canReadInbox } = usePermissions();
  return (
    <RequirePermission allowed={canReadInbox} what="see the patient feedback inbox">
      <Inbox />
    </RequirePermission>
  );
}

function Inbox() {
  const viewer = useViewer();
  const {
    canFollowInbox,
    canWorkFeedback,
    canReadSavedReplies,
    canImportFeedback,
    canReadThemeTaxonomy,
    canReadFeedbackThemes,
  } = usePermissions();
  const list = useInboxListState();
  const filter = toFeedbackThreadFilter(list.filters, viewer.id);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FeedbackThreadsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter },
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  // Any change may move a thread into or out of this page's filter: the page is read again.
  const live = useInboxLiveRefresh({ enabled: canFollowInbox, onChange: reload });
  const staff = useAssigneeOptions(!canWorkFeedback);
  const { taxonomy, labelOf } = useThemeTaxonomy(canReadThemeTaxonomy);
  const now = useNow();
  const connection = useLastDefined(data?.feedbackThreads);
  const total = connection?.totalCount;

  return (
    <>
      <PageHeading
        title="Inbox"
        description={
          total === undefined || total === null
            ? canWorkFeedback
              ? undefined
              : 'The threads assigned to you.'
            : `${total} ${total === 1 ? 'thread' : 'threads'}, newest activity first${canWorkFeedback ? '' : ', assigned to you'}`
        }
        actions={
          <>
            {canImportFeedback && (
              <Link to={IMPORT_FEEDBACK_PATH} className="button">
                Import CSV…
              </Link>
            )}
            {canReadFeedbackThemes && (
              <Link to={THEMES_PATH} className="button">
                Themes
              </Link>
            )}
            {canReadSavedReplies && (
              <Link to={SAVED_REPLIES_PATH} className="button">
                Saved replies
              </Link>
            )}
          </>
        }
      />
      <InboxFilters
        key={JSON.stringify(list.filters)}
        values={list.filters}
        onApply={list.applyFilters}
        staff={canWorkFeedback ? staff.options : undefined}
        themes={themeOptions(taxonomy, list.filters.theme)}
      />
      {canFollowInbox && (
        <InboxLiveStatus
          connection={live.connection}
          lastChange={live.lastChange}
          onReconnect={live.reconnect}
          idle="Updates live as feedback arrives and changes."
        />
      )}
      <ConnectionView
        connection={connection ? { ...connection, totalCount: total ?? 0 } : undefined}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={reload}
        loadingLabel="Loading the inbox…"
        emptyMessage={
          filter
            ? 'No feedback matches these filters.'
            : 'The inbox is empty: new comments, reviews and messages appear here.'
        }
        caption="Patient feedback"
        columns={inboxColumns(now, labelOf)}
        pagesLabel="Inbox pages"
        pageSize={PAGE_SIZE}
        paging={list}
      />
    </>
  );
}
