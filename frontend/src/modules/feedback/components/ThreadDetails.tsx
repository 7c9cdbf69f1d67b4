import { Link } from 'react-router';
import type { FeedbackThreadDetailFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateTime } from '@/ui/utils/format';
import { PRIORITY_LABELS, SOURCE_LABELS, VISIBILITY_EXPLANATIONS } from '../utils/feedbackLabels';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { FirstResponseBadge } from './FirstResponseBadge';
import { PhiMarker } from './PhiMarker';

/** Where the thread came from, who wrote it and where it stands. */
export function ThreadDetails({ thread, now }: { thread: FeedbackThreadDetailFragment; now: number }) {
  const author = [thread.authorName, thread.authorHandle].filter(Boolean).join(', ');
  return (
    <DetailList
      items={[
        { term: 'Source', value: `${SOURCE_LABELS[thread.source]}. ${VISIBILITY_EXPLANATIONS[thread.visibility]}` },
        { term: 'From', value: author || null },
        ...(thread.rating ? [{ term: 'Rating', value: `${thread.rating} of 5 stars` }] : []),
        { term: 'Status', value: <FeedbackStatusBadge status={thread.status} /> },
        { term: 'Priority', value: PRIORITY_LABELS[thread.priority] },
        { term: 'Assigned to', value: thread.assignee ? personName(thread.assignee) : 'Nobody' },
        { term: 'First response', value: <FirstResponseBadge thread={thread} now={now} /> },
        { term: 'Suspected PHI', value: <PhiMarker hasPhi={thread.hasPhi} /> },
        { term: 'Tags', value: thread.tags.length ? <TagList items={thread.tags} /> : null },
        ...(thread.content
          ? [
              {
                term: 'About the post',
                value: <Link to={`/content/${encodeURIComponent(thread.content.id)}`}>{thread.content.title}</Link>,
              },
            ]
          : []),
        ...(thread.campaign
          ? [
              {
                term: 'Campaign',
                value: <Link to={`/campaigns/${encodeURIComponent(thread.campaign.id)}`}>{thread.campaign.name}</Link>,
              },
            ]
          : []),
        { term: 'Received', value: formatDateTime(thread.createdAt) },
      ]}
    />
  );
}
