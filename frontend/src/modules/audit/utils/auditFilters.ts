import type { AuditActorKind, AuditLogFilter } from '@/generated/graphql';
import { ACTION_OPTIONS, TARGET_TYPE_OPTIONS } from './auditSentence';

export type ActorKindChoice = AuditActorKind | 'ALL';

export interface AuditFilterValues {
  /** Staff actions by default: audience joins and upvotes would drown them. */
  who: ActorKindChoice;
  actorId: string;
  action: string;
  targetType: string;
  from: string;
  to: string;
}

export const DEFAULT_AUDIT_FILTERS: AuditFilterValues = {
  who: 'STAFF',
  actorId: '',
  action: '',
  targetType: '',
  from: '',
  to: '',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: readonly ActorKindChoice[] = ['STAFF', 'AUDIENCE', 'CLIENT', 'PATIENT', 'ALL'];

/** Reads the filters from the query string, ignoring what a hand-edited URL may have broken. */
export function readAuditFilters(params: URLSearchParams): AuditFilterValues {
  const who = params.get('who') as ActorKindChoice | null;
  const action = params.get('action') ?? '';
  const targetType = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    who: who && KINDS.includes(who) ? who : 'STAFF',
    actorId: params.get('actor')?.trim() ?? '',
    action: ACTION_OPTIONS.some((option) => option.value === action) ? action : '',
    targetType: TARGET_TYPE_OPTIONS.some((option) => option.value === targetType) ? targetType : '',
    from: ISO_DATE.test(from) ? from : '',
    to: ISO_DATE.test(to) ? to : '',
  };
}

/** Only what differs from the defaults, so shared links stay short. */
export function writeAuditFilters(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.who !== 'STAFF') params.set('who', values.who);
  if (values.actorId) params.set('actor', values.actorId);
  if (values.action) params.set('action', values.action);
  if (values.targetType) params.set('type', values.targetType);
  if (values.from) params.set('from', values.from);
  if (values.to) params.set('to', values.to);
  return params;
}

/** Dates are whole days in the reader's own time zone: "to" includes its day. */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (values.who !== 'ALL') filter.actorKind = values.who;
  if (values.actorId) filter.actorId = values.actorId;
  if (values.action) filter.action = values.action;
  if (values.targetType) filter.targetType = values.targetType;
  if (values.from) filter.since = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) {
    const end = new Date(`${values.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    filter.until = end.toISOString();
  }
  return filter;
}

/** Errors of a filter draft, by field, before it is applied. */
export function validateAuditFilters(values: AuditFilterValues): Partial<Record<keyof AuditFilterValues, string>> {
  return values.from && values.to && values.to < values.from ? { to: 'To must be on or after From' } : {};
}
