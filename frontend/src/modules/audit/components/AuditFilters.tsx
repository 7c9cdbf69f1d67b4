import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { AuditActorsDocument } from '@/generated/graphql';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { useFormFields } from '@/ui/form/useFormFields';
import {
  DEFAULT_AUDIT_FILTERS,
  validateAuditFilters,
  type ActorKindChoice,
  type AuditFilterValues,
} from '../utils/auditFilters';
import { ACTION_OPTIONS, TARGET_TYPE_OPTIONS } from '../utils/auditSentence';

const LABELS: Record<keyof AuditFilterValues, string> = {
  who: 'Who acted',
  actorId: 'Staff member',
  action: 'Action',
  targetType: 'On',
  from: 'From',
  to: 'To',
};
const fieldId = (key: keyof AuditFilterValues) => `audit-filter-${key}`;

const WHO_OPTIONS: readonly { value: ActorKindChoice; label: string }[] = [
  { value: 'STAFF', label: 'Staff' },
  { value: 'AUDIENCE', label: 'Live Q&A audience' },
  { value: 'CLIENT', label: 'Connected apps' },
  { value: 'ALL', label: 'Everyone' },
];

interface Props {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** Edits a draft; the log changes only on "Apply", so typing does not fire a query per key. */
export function AuditFilters({ values, onApply }: Props) {
  const [errors, setErrors] = useState<Partial<Record<keyof AuditFilterValues, string>>>({});
  const draft = useFormFields(values, { labels: LABELS, fieldId, errors });
  const { field } = draft;
  const [{ data }] = useQuery({ query: AuditActorsDocument });
  const actors = (data?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name ?? node.email ?? node.id,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateAuditFilters(draft.values);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(draft.values);
  };
  const clear = () => {
    setErrors({});
    draft.setValues(DEFAULT_AUDIT_FILTERS);
    onApply(DEFAULT_AUDIT_FILTERS);
  };

  return (
    <form className="filters" role="search" aria-label="Filter the audit log" onSubmit={submit} noValidate>
      <div className="filters__fields">
        <SelectField
          {...field('who')}
          onChange={(value) => draft.setValues({ ...draft.values, who: value || 'STAFF' })}
          options={WHO_OPTIONS}
        />
        <SelectField {...field('actorId')} emptyLabel="Anyone" options={actors} />
        <SelectField {...field('action')} emptyLabel="Any action" options={ACTION_OPTIONS} />
        <SelectField {...field('targetType')} emptyLabel="Anything" options={TARGET_TYPE_OPTIONS} />
        <TextField {...field('from')} type="date" />
        <TextField {...field('to')} type="date" />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--quiet" onClick={clear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
