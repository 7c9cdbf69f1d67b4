import { FilterForm, useFilterDraft } from '@/ui/form/FilterForm';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { SOURCE_OPTIONS, STATUS_OPTIONS } from '../utils/feedbackLabels';
import {
  ASSIGNED_TO_ME,
  EMPTY_INBOX_FILTERS,
  UNASSIGNED,
  validateInboxFilters,
  type InboxFilterValues,
  type YesNo,
} from '../utils/inboxFilters';

const LABELS: Record<keyof InboxFilterValues, string> = {
  search: 'Search',
  status: 'Status',
  source: 'Source',
  assignee: 'Assigned to',
  tag: 'Tag',
  overdue: 'First response',
  hasPhi: 'Suspected PHI',
  theme: 'Theme',
  createdFrom: 'Received from',
  createdTo: 'Received to',
};
const fieldId = (key: keyof InboxFilterValues) => `inbox-filter-${key}`;

const OVERDUE_OPTIONS: readonly Option<Exclude<YesNo, ''>>[] = [
  { value: 'yes', label: 'Overdue' },
  { value: 'no', label: 'Not overdue' },
];
const PHI_OPTIONS: readonly Option<Exclude<YesNo, ''>>[] = [
  { value: 'yes', label: 'Holds suspected PHI' },
  { value: 'no', label: 'None found' },
];

interface Props {
  values: InboxFilterValues;
  onApply: (values: InboxFilterValues) => void;
  /** Staff to filter by, besides "Me" and "Unassigned"; none for a reader who sees only their own threads. */
  staff?: readonly Option[];
  /** The taxonomy's themes (and the one filtered by now); none for a reader who may not read the taxonomy. */
  themes: readonly Option[];
}

/** Edits a draft; the list changes only on "Apply filters", so typing does not fire a query per key. */
export function InboxFilters({ values, onApply, staff, themes }: Props) {
  const draft = useFilterDraft(values, EMPTY_INBOX_FILTERS, onApply, {
    labels: LABELS,
    fieldId,
    validate: validateInboxFilters,
  });
  const { field } = draft;
  const assignees: Option[] = [
    { value: ASSIGNED_TO_ME, label: 'Me' },
    { value: UNASSIGNED, label: 'Unassigned' },
    ...(staff ?? []),
  ];
  return (
    <FilterForm label="Filter the inbox" onSubmit={draft.apply} onClear={draft.clear}>
      <TextField {...field('search')} type="search" hint="Words in the messages, the author or the tags" />
      <SelectField {...field('status')} emptyLabel="Any status" options={STATUS_OPTIONS} />
      <SelectField {...field('source')} emptyLabel="Any source" options={SOURCE_OPTIONS} />
      {staff && <SelectField {...field('assignee')} emptyLabel="Anyone or nobody" options={assignees} />}
      <TextField {...field('tag')} autoComplete="off" />
      <SelectField {...field('overdue')} emptyLabel="Any" options={OVERDUE_OPTIONS} />
      <SelectField {...field('hasPhi')} emptyLabel="Any" options={PHI_OPTIONS} />
      {themes.length > 0 && <SelectField {...field('theme')} emptyLabel="Any theme" options={themes} />}
      <TextField {...field('createdFrom')} type="date" />
      <TextField {...field('createdTo')} type="date" />
    </FilterForm>
  );
}
