import type { FeedbackSettingsFieldsFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { formatDateTime } from '@/ui/utils/format';
import { PRIORITIES, PRIORITY_LABELS, WEBSITE_FORM_EXPLANATION } from '../utils/feedbackLabels';
import { formatSpan } from '../utils/firstResponse';

const minutesOf = (settings: FeedbackSettingsFieldsFragment, priority: (typeof PRIORITIES)[number]) =>
  settings.firstResponseMinutes.find((time) => time.priority === priority)?.minutes;

/** The inbox settings for staff who may read but not change them. */
export function FeedbackSettingsDetails({ settings }: { settings: FeedbackSettingsFieldsFragment }) {
  return (
    <>
      <DetailList
        items={[
          ...PRIORITIES.map((priority) => {
            const minutes = minutesOf(settings, priority);
            return {
              term: `${PRIORITY_LABELS[priority]}: first reply within`,
              value: minutes ? formatSpan(minutes * 60_000) : null,
            };
          }),
          { term: 'Website form', value: settings.websiteForm ? 'On: takes feedback' : 'Off' },
          { term: 'Last changed', value: settings.updatedAt ? formatDateTime(settings.updatedAt) : 'Never' },
        ]}
      />
      <p className="muted">{WEBSITE_FORM_EXPLANATION}</p>
    </>
  );
}
