import { ContentCalendarView } from '@/modules/calendar/components/ContentCalendarView';
import { useOrganizationTimeZone } from '@/modules/calendar/hooks/useOrganizationTimeZone';
import { timeZoneLabel } from '@/modules/organization/utils/timeZoneOptions';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';

const TITLE = 'Content calendar';

export function ContentCalendarPage() {
  const { canSeeContentCalendar } = usePermissions();
  return (
    <RequirePermission allowed={canSeeContentCalendar} what="see the content calendar">
      <ContentCalendar />
    </RequirePermission>
  );
}

/** The calendar's days are the organisation's: its time zone is read before anything is shown. */
function ContentCalendar() {
  const { timeZone, error, retry } = useOrganizationTimeZone();
  if (!timeZone) {
    return (
      <>
        <PageHeading title={TITLE} />
        {error ? <ErrorState message={error} onRetry={retry} /> : <LoadingState label="Loading the calendar…" />}
      </>
    );
  }
  return (
    <>
      <PageHeading
        title={TITLE}
        description={`Scheduled and published posts, day by day. Days and times are your organisation’s: ${timeZoneLabel(timeZone)}.`}
      />
      <ContentCalendarView timeZone={timeZone} />
    </>
  );
}
