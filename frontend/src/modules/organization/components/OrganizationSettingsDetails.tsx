import type { OrganizationSettingsFieldsFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { formatDateTime } from '@/ui/utils/format';
import {
  formatQuestionRetention,
  missedPublicationLabel,
  QUESTION_RETENTION_EXPLANATION,
} from '../utils/organizationSettingsLabels';
import { formatPostingTargets } from '../utils/postingTargets';
import { timeZoneLabel } from '../utils/timeZoneOptions';

/** The settings for staff who may read but not change them. */
export function OrganizationSettingsDetails({ settings }: { settings: OrganizationSettingsFieldsFragment }) {
  return (
    <>
      <DetailList
        items={[
          { term: 'Time zone', value: timeZoneLabel(settings.timezone) },
          { term: 'Participants’ text kept for', value: formatQuestionRetention(settings.questionRetentionDays) },
          { term: 'Content approvals valid for', value: `${settings.reviewValidityDays} days` },
          {
            term: 'Not flagged as PHI in our posts',
            value: settings.phiAllowList.length ? settings.phiAllowList.join(', ') : 'Nothing yet',
          },
          {
            term: 'A post missed while publishing was stopped',
            value: missedPublicationLabel(settings.missedPublications),
          },
          { term: 'Posts per week we aim for', value: formatPostingTargets(settings.postingTargets) },
          { term: 'Last changed', value: settings.updatedAt ? formatDateTime(settings.updatedAt) : 'Never' },
        ]}
      />
      <p className="muted">{QUESTION_RETENTION_EXPLANATION}</p>
    </>
  );
}
