import { Link } from 'react-router';
import { useQuery } from 'urql';
import { SurveysDocument } from '@/generated/graphql';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SurveyFilters } from '@/modules/survey/components/SurveyFilters';
import { surveyColumns } from '@/modules/survey/components/surveyColumns';
import { useSurveyListState } from '@/modules/survey/hooks/useSurveyListState';
import { toSurveyFilter } from '@/modules/survey/utils/surveyFilters';
import { NEW_SURVEY_PATH } from '@/modules/survey/utils/surveyPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';

const PAGE_SIZE = 25;

export function SurveyListPage() {
  const { canReadSurveys } = usePermissions();
  return (
    <RequirePermission allowed={canReadSurveys} what="see surveys">
      <Surveys />
    </RequirePermission>
  );
}

function Surveys() {
  const { canWriteSurveys } = usePermissions();
  const list = useSurveyListState();
  const filter = toSurveyFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SurveysDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter },
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const connection = useLastDefined(data?.surveys);
  const total = connection?.totalCount;

  return (
    <>
      <PageHeading
        title="Surveys"
        description={
          total === undefined
            ? undefined
            : `${total} ${total === 1 ? 'survey or quiz' : 'surveys and quizzes'}, newest first`
        }
        actions={
          canWriteSurveys && (
            <Link to={NEW_SURVEY_PATH} className="button button--primary">
              New survey
            </Link>
          )
        }
      />
      <SurveyFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading surveys…"
        emptyMessage={
          filter
            ? 'No survey matches these filters.'
            : 'No surveys yet: a survey or quiz is answered by anyone with its link, without signing in.'
        }
        caption="Surveys and quizzes"
        columns={surveyColumns}
        pagesLabel="Survey pages"
        pageSize={PAGE_SIZE}
        paging={list}
      />
    </>
  );
}
