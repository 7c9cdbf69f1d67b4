import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { PURPOSE_LABELS } from '@/modules/consent/utils/consentLabels';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { FORMAT_LABELS, MEDIA_KIND_LABELS } from './contentLabels';
import type { ContentFormValues } from './contentFormValues';

const sortedList = (items: readonly string[]) => [...items].sort((a, b) => a.localeCompare(b)).join(', ');

/**
 * The editor's values as a person reads them, to compare what someone else saved with what the
 * user typed. `nameOf` names an ID the form holds (campaign, segment, consent).
 */
export function contentConflictFields(nameOf: (id: string) => string): ConflictField<ContentFormValues>[] {
  return [
    { key: 'title', label: 'Title', format: (v) => v.title.trim() },
    { key: 'body', label: 'Body', format: (v) => v.body.trim() },
    { key: 'format', label: 'Format', format: (v) => (v.format ? FORMAT_LABELS[v.format] : '') },
    { key: 'topics', label: 'Topics', format: (v) => sortedList(v.topics) },
    { key: 'campaignId', label: 'Campaign', format: (v) => (v.campaignId ? nameOf(v.campaignId) : '') },
    { key: 'segmentIds', label: 'Audience segments', format: (v) => sortedList(v.segmentIds.map(nameOf)) },
    { key: 'language', label: 'Language', format: (v) => v.language.trim() },
    {
      key: 'variants',
      label: 'Channel texts',
      format: (v) => v.variants.map((row) => `${CHANNEL_LABELS[row.channel]}: ${row.text.trim()}`).join('\n'),
    },
    {
      key: 'media',
      label: 'Media',
      format: (v) =>
        v.media.map((row) => `${row.kind ? MEDIA_KIND_LABELS[row.kind] : '?'} ${row.url.trim()}`).join('; '),
    },
    {
      key: 'citations',
      label: 'Citations',
      format: (v) => v.citations.map((row) => `${row.title.trim()} ${row.url.trim()}`).join('; '),
    },
    { key: 'purpose', label: 'Purpose', format: (v) => (v.purpose ? PURPOSE_LABELS[v.purpose] : '') },
    { key: 'consentIds', label: 'Consents', format: (v) => sortedList(v.consentIds.map(nameOf)) },
  ];
}
