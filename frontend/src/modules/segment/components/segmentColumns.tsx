import { Link } from 'react-router';
import type { SegmentSummaryFragment } from '@/generated/graphql';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateTime } from '@/ui/utils/format';
import type { Column } from '@/ui/data-display/DataTable';
import { channelLabels } from '../utils/channelLabels';
import { formatAgeRange } from '../utils/formatAgeRange';
import { segmentPath } from '../utils/segmentPaths';

export const segmentColumns: readonly Column<SegmentSummaryFragment>[] = [
  {
    header: 'Name',
    rowHeader: true,
    sortField: 'NAME',
    cell: (segment) => (
      <>
        <Link to={segmentPath(segment.id)}>{segment.name}</Link>
        {segment.description && <p className="table__sub">{segment.description}</p>}
      </>
    ),
    csv: (segment) => segment.name,
  },
  {
    header: 'Age range',
    className: 'nowrap',
    cell: (segment) => formatAgeRange(segment.ageRange) || <span className="muted">Any</span>,
    csv: (segment) => formatAgeRange(segment.ageRange) || 'Any',
  },
  {
    header: 'Locations',
    cell: (segment) => <TagList items={segment.locations} />,
    csv: (segment) => segment.locations.join('; '),
  },
  {
    header: 'Languages',
    cell: (segment) => <TagList items={segment.languages} />,
    csv: (segment) => segment.languages.join('; '),
  },
  {
    header: 'Preferred channels',
    cell: (segment) => <TagList items={channelLabels(segment.preferredChannels)} />,
    csv: (segment) => channelLabels(segment.preferredChannels).join('; '),
  },
  {
    header: 'Last updated',
    className: 'nowrap',
    sortField: 'UPDATED_AT',
    firstDirection: 'DESC',
    cell: (segment) => formatDateTime(segment.updatedAt),
    csv: (segment) => segment.updatedAt,
  },
];
