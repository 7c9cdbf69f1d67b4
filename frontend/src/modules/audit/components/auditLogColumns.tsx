import { Link } from 'react-router';
import type { AuditLogQuery } from '@/generated/graphql';
import { roleLabel } from '@/modules/viewer/utils/permissions';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime, humanize } from '@/ui/utils/format';
import { actorName, auditSentence } from '../utils/auditSentence';

export type AuditLogEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

function Who({ entry }: { entry: AuditLogEntry }) {
  const roles = entry.actorKind === 'STAFF' ? entry.actor.roles.map(roleLabel).join(', ') : '';
  return (
    <>
      <span className="audit-actor">{actorName(entry.actorKind, entry.actor)}</span>
      {roles && <span className="audit-actor__roles muted">{roles}</span>}
    </>
  );
}

/** "Elena Novak approved a question in Flu shot season": the target named as the reader may see it now. */
export function AuditSentenceView({ entry }: { entry: AuditLogEntry }) {
  const sentence = auditSentence(entry);
  return (
    <>
      {actorName(entry.actorKind, entry.actor)} {sentence.verb}{' '}
      {sentence.target &&
        (sentence.targetPath ? <Link to={sentence.targetPath}>{sentence.target}</Link> : sentence.target)}
      {sentence.gone && <span className="muted">(no longer available)</span>}
      {sentence.detail && ` ${sentence.detail}`}
    </>
  );
}

function Details({ entry }: { entry: AuditLogEntry }) {
  const fields = entry.changedFields.map((name) => humanize(name));
  if (fields.length === 0) return <span className="muted">—</span>;
  return <span className="audit-fields">{fields.join(', ')}</span>;
}

export const auditLogColumns: readonly Column<AuditLogEntry>[] = [
  { header: 'When', className: 'nowrap', cell: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> },
  { header: 'Who', cell: (entry) => <Who entry={entry} /> },
  {
    header: 'What happened',
    rowHeader: true,
    className: 'audit-what',
    cell: (entry) => <AuditSentenceView entry={entry} />,
  },
  { header: 'Fields set', cell: (entry) => <Details entry={entry} /> },
];
