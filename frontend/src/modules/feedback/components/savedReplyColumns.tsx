import { Link } from 'react-router';
import type { SavedReplyFieldsFragment } from '@/generated/graphql';
import type { Column } from '@/ui/data-display/DataTable';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateTime } from '@/ui/utils/format';
import { savedReplyEditPath } from '../utils/feedbackPaths';

/** The saved replies' columns; the title links to its edit form for those who may write them. */
export const savedReplyColumns = (editable: boolean): readonly Column<SavedReplyFieldsFragment>[] => [
  {
    header: 'Title',
    rowHeader: true,
    cell: (reply) =>
      editable ? (
        <Link to={savedReplyEditPath(reply.id)}>
          {reply.title}
          <span className="visually-hidden"> (edit)</span>
        </Link>
      ) : (
        reply.title
      ),
  },
  { header: 'Reply', cell: (reply) => <span className="saved-reply-text">{reply.text}</span> },
  { header: 'Tags', cell: (reply) => <TagList items={reply.tags} /> },
  { header: 'Last changed', className: 'nowrap', cell: (reply) => formatDateTime(reply.updatedAt) },
];
