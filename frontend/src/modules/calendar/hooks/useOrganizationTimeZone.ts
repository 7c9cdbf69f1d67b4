import { useQuery } from 'urql';
import { CalendarTimeZoneDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';

/** The organisation's time zone, whose days the calendar shows; an error in words if it cannot be read. */
export function useOrganizationTimeZone() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CalendarTimeZoneDocument });
  return {
    timeZone: data?.organizationSettings.timezone,
    error: error && !fetching ? describeGraphqlError(error) : null,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
