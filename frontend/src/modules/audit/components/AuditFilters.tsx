import { useQuery } from 'urql';
import { AuditActorsDocument } from '@/generated/graphql';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
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
  { value: 'PATIENT', label: 'Patients (consent links)' },
  { value: 'ALL', label: 'Everyone' },
];

interface Props {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** Edits a draft; the log changes only on "Apply", so typing does not fire a query per key. */
export function AuditFilters({ values, onApply }: Props) {
  const draft = useFilterDraft(values, DEFAULT_AUDIT_FILTERS, onApply, {
    labels: LABELS,
    fieldId,
    validate: validateAuditFilters,
  });
  const { field } = draft;
  const [{ data }] = useQuery({ query: AuditActorsDocument });
  const actors = (data?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name ?? node.email ?? node.id,
  }));
  return (
    <FilterForm label="Filter the audit log" onSubmit={draft.apply} onClear={draft.clear}>
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
    </FilterForm>
  );
}
