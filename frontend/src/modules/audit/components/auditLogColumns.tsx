import { Link } from 'react-router';
import type { AuditLogQuery } from '@/generated/graphql';
import { TagList } from '@/ui/data-display/TagList';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { auditTargetPath } from '../utils/auditTargetPath';

type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

function Target({ entry }: { entry: AuditEntry }) {
  if (!entry.targetType && !entry.targetId) return <span className="muted">—</span>;
  const path = auditTargetPath(entry.targetType, entry.targetId);
  const label = (
    <>
      {entry.targetType ?? 'Object'} <code>{entry.targetId}</code>
    </>
  );
  return path ? <Link to={path}>{label}</Link> : label;
}

export const auditLogColumns: readonly Column<AuditEntry>[] = [
  { header: 'Time', className: 'nowrap', cell: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> },
  { header: 'Action', rowHeader: true, cell: (entry) => <code>{entry.action}</code> },
  { header: 'Actor', cell: (entry) => entry.actor.name ?? entry.actor.email ?? entry.actor.id },
  { header: 'Target', cell: (entry) => <Target entry={entry} /> },
  { header: 'Changed fields', cell: (entry) => <TagList items={entry.changedFields} /> },
];
