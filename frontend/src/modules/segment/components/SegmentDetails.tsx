import type { SegmentDetailFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateTime } from '@/ui/utils/format';
import { channelLabels } from '../utils/channelLabels';
import { formatAgeRange } from '../utils/formatAgeRange';
import { languageLabel } from '../utils/languageTags';

export function SegmentDetails({ segment }: { segment: SegmentDetailFragment }) {
  return (
    <section aria-labelledby="segment-overview">
      <h2 id="segment-overview">Overview</h2>
      <DetailList
        items={[
          { term: 'Description', value: segment.description },
          { term: 'Age range', value: formatAgeRange(segment.ageRange) },
          { term: 'Locations', value: <TagList items={segment.locations} empty="None" /> },
          { term: 'Health interests', value: <TagList items={segment.healthInterests} empty="None" /> },
          { term: 'Languages', value: <TagList items={segment.languages.map(languageLabel)} empty="None" /> },
          {
            term: 'Preferred channels',
            value: <TagList items={channelLabels(segment.preferredChannels)} empty="None" />,
          },
          { term: 'Created', value: formatDateTime(segment.createdAt) },
          { term: 'Last updated', value: formatDateTime(segment.updatedAt) },
        ]}
      />
    </section>
  );
}
