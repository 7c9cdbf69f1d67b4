import { Link } from 'react-router';
import type { AuditLogQuery } from '@/generated/graphql';
import { TagList } from '@/ui/data-display/TagList';
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

export function AuditLogTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">Actor</th>
            <th scope="col">Target</th>
            <th scope="col">Changed fields</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <th scope="row">
                <code>{entry.action}</code>
              </th>
              <td>{entry.actor.name ?? entry.actor.email ?? entry.actor.id}</td>
              <td>
                <Target entry={entry} />
              </td>
              <td>
                <TagList items={entry.changedFields} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
