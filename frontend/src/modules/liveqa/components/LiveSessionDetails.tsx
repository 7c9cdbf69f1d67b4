import type { LiveSessionDetailFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { formatDateTime, formatNumber } from '@/ui/utils/format';
import { formatHost } from '../utils/formatHost';
import { MODERATION_MODE_LABELS } from '../utils/liveSessionLabels';
import { LiveSessionStatusBadge } from './LiveSessionStatusBadge';

const describeCounts = ({ pending, approved, answered, rejected }: LiveSessionDetailFragment['questionCounts']) =>
  `${formatNumber(pending)} pending, ${formatNumber(approved)} approved, ${formatNumber(answered)} answered, ${formatNumber(rejected)} rejected`;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const optionalDateTime = (value: string | null) => (value ? formatDateTime(value) : null);

export function LiveSessionDetails({ session }: { session: LiveSessionDetailFragment }) {
  const { settings } = session;
  return (
    <>
      <section aria-labelledby="live-session-overview">
        <h2 id="live-session-overview">Overview</h2>
        <DetailList
          items={[
            { term: 'Status', value: <LiveSessionStatusBadge status={session.status} /> },
            { term: 'Description', value: session.description },
            { term: 'Host', value: formatHost(session.host) },
            { term: 'Scheduled start', value: formatDateTime(session.scheduledStart) },
            { term: 'Join code', value: <code>{session.joinCode}</code> },
            { term: 'Questions', value: describeCounts(session.questionCounts) },
            { term: 'Stream URL', value: session.streamUrl && <a href={session.streamUrl}>{session.streamUrl}</a> },
            { term: 'Started', value: optionalDateTime(session.startedAt) },
            { term: 'Ended', value: optionalDateTime(session.endedAt) },
            { term: 'Created', value: formatDateTime(session.createdAt) },
            { term: 'Last updated', value: formatDateTime(session.updatedAt) },
          ]}
        />
      </section>
      <section aria-labelledby="live-session-settings">
        <h2 id="live-session-settings">Question settings</h2>
        <DetailList
          items={[
            { term: 'Anonymous questions', value: yesNo(settings.anonymousQuestionsAllowed) },
            { term: 'Moderation', value: MODERATION_MODE_LABELS[settings.moderationMode] },
            { term: 'Question length limit', value: `${formatNumber(settings.questionLengthLimit)} characters` },
            { term: 'Questions per minute', value: formatNumber(settings.questionsPerMinute) },
            { term: 'Profanity filter', value: settings.profanityFilter ? 'On' : 'Off' },
            { term: 'Questions before the start', value: yesNo(settings.earlyQuestionsAllowed) },
            { term: 'Recap after the end', value: settings.publishRecap ? 'Published' : 'Not published' },
          ]}
        />
      </section>
      <section aria-labelledby="live-session-moderators">
        <h2 id="live-session-moderators">Moderators</h2>
        {session.moderators.length === 0 ? (
          <p className="muted">No moderators.</p>
        ) : (
          <ul className="link-list">
            {session.moderators.map((moderator) => (
              <li key={moderator.id}>
                {moderator.name && moderator.email
                  ? `${moderator.name} (${moderator.email})`
                  : (moderator.name ?? moderator.email ?? 'Unknown')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
