import { useQuery } from 'urql';
import { OpenTakedownsDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { TakedownTasks } from '@/modules/content/components/TakedownTasks';
import { mayConfirmTakedown } from '@/modules/content/utils/contentAccess';
import { CONTENT_LIST_PATH } from '@/modules/content/utils/contentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/content/styles/content.css';

/** The API's largest page: more items than this with a post still up would be an emergency of its own. */
const ITEMS = 100;

export function TakedownsPage() {
  const { roles } = useViewer();
  return (
    <RequirePermission allowed={mayConfirmTakedown(roles)} what="confirm take-downs">
      <Takedowns />
    </RequirePermission>
  );
}

function Takedowns() {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OpenTakedownsDocument,
    variables: { first: ITEMS },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <BackLink to={CONTENT_LIST_PATH}>All content</BackLink>
      <PageHeading
        title="Take-downs"
        description="Posts CarePulse retracted, each to check on its channel and confirm gone: some channels keep a post until someone removes it by hand."
      />
      {data ? (
        <>
          {data.contents.pageInfo.hasNextPage && (
            <Alert tone="info" live={false}>
              These are the take-downs of the {ITEMS} items changed most recently; more are listed as these are
              confirmed.
            </Alert>
          )}
          <TakedownTasks items={data.contents.edges.map((edge) => edge.node)} onStale={reload} />
        </>
      ) : error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
      ) : (
        <LoadingState label="Loading take-downs…" />
      )}
    </>
  );
}
