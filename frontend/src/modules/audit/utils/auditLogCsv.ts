import type { AuditLogQuery } from '@/generated/graphql';
import { roleLabel } from '@/modules/viewer/utils/permissions';
import { humanize } from '@/ui/utils/format';
import type { CsvTable } from '../hooks/useRecordedExport';
import { actorName, auditSentence, auditSentenceText } from './auditSentence';

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const HEADER = [
  'When (UTC)',
  'Who',
  'Roles',
  'Kind of actor',
  'What happened',
  'Action',
  'Target type',
  'Target ID',
  'Fields set',
  'Values',
];

/** The log as a compliance officer files it: the sentence, and the raw action and IDs beside it. */
export function auditLogCsv(entries: readonly Entry[]): CsvTable {
  return {
    header: HEADER,
    rows: entries.map((entry) => {
      const who = actorName(entry.actorKind, entry.actor);
      return [
        entry.at,
        who,
        entry.actorKind === 'STAFF' ? entry.actor.roles.map(roleLabel).join('; ') : '',
        humanize(entry.actorKind),
        auditSentenceText(who, auditSentence(entry)),
        entry.action,
        entry.targetType ?? '',
        entry.targetId ?? '',
        entry.changedFields.join('; '),
        entry.changes.map((c) => `${c.field}: ${c.from ? `${c.from} → ` : ''}${c.to ?? ''}`).join('; '),
      ];
    }),
  };
}
