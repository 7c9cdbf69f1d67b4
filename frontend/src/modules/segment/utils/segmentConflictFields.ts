import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { splitList } from '@/ui/utils/splitList';
import { CHANNEL_LABELS } from './channelLabels';
import { parseLanguages } from './languageTags';
import type { SegmentFormValues } from './segmentFormValues';

/** The segment form's values as a person reads them, to compare saved and typed values. */
export const SEGMENT_CONFLICT_FIELDS: readonly ConflictField<SegmentFormValues>[] = [
  { key: 'name', label: 'Name', format: (v) => v.name.trim() },
  { key: 'description', label: 'Description', format: (v) => v.description.trim() },
  { key: 'ageMin', label: 'Minimum age', format: (v) => v.ageMin.trim() },
  { key: 'ageMax', label: 'Maximum age', format: (v) => v.ageMax.trim() },
  { key: 'locations', label: 'Locations', format: (v) => splitList(v.locations, /\n/).join('; ') },
  {
    key: 'healthInterests',
    label: 'Health interests',
    format: (v) => splitList(v.healthInterests, /[\n,]/).join(', '),
  },
  { key: 'languages', label: 'Languages', format: (v) => parseLanguages(v.languages).join(', ') },
  {
    key: 'preferredChannels',
    label: 'Preferred channels',
    format: (v) =>
      v.preferredChannels
        .map((c) => CHANNEL_LABELS[c])
        .sort((a, b) => a.localeCompare(b))
        .join(', '),
  },
];
