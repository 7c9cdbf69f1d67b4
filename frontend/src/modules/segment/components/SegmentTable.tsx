import { segmentPath } from '../utils/segmentPaths';
import { Link } from 'react-router';
import type { SegmentSummaryFragment } from '@/generated/graphql';
import { TagList } from '@/ui/data-display/TagList';
import { channelLabels } from '../utils/channelLabels';
import { formatAgeRange } from '../utils/formatAgeRange';

export function SegmentTable({ segments }: { segments: readonly SegmentSummaryFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Audience segments</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Age range</th>
            <th scope="col">Locations</th>
            <th scope="col">Languages</th>
            <th scope="col">Preferred channels</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <tr key={segment.id}>
              <th scope="row">
                <Link to={segmentPath(segment.id)}>{segment.name}</Link>
                {segment.description && <p className="table__sub">{segment.description}</p>}
              </th>
              <td className="nowrap">{formatAgeRange(segment.ageRange) || <span className="muted">Any</span>}</td>
              <td>
                <TagList items={segment.locations} />
              </td>
              <td>
                <TagList items={segment.languages} />
              </td>
              <td>
                <TagList items={channelLabels(segment.preferredChannels)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
