import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { parseHashtags } from '@/modules/campaign/utils/parseHashtags';
import { FORMAT_LABELS } from '@/modules/content/utils/contentLabels';
import type { PostingPolicyFormValues } from './postingPolicyFormValues';
import { blockedPhraseList } from './validatePostingPolicyForm';

const every = (items: readonly string[], all: string) => (items.length ? items.join(', ') : all);

/**
 * The policy's values as a person reads them, to compare what is saved with what was typed after
 * someone else saved first; campaigns are named by `campaignName`.
 */
export function postingPolicyConflictFields(
  campaignName: (id: string) => string,
): readonly ConflictField<PostingPolicyFormValues>[] {
  return [
    { key: 'text', label: 'Policy text', format: (v) => v.text.trim() },
    { key: 'blockedPhrases', label: 'Blocked phrases', format: (v) => blockedPhraseList(v.blockedPhrases).join(', ') },
    {
      key: 'disclaimers',
      label: 'Required disclaimers',
      format: (v) =>
        v.disclaimers
          .map((d) => {
            const formats = every(
              d.formats.map((format) => FORMAT_LABELS[format]),
              'every format',
            );
            return `“${d.text.trim()}” (${formats}; ${every(d.topics, 'every topic')})`;
          })
          .join('; '),
    },
    {
      key: 'requiredHashtags',
      label: 'Hashtags per campaign',
      format: (v) =>
        v.requiredHashtags
          .map((rule) => `${campaignName(rule.campaignId)}: ${parseHashtags(rule.hashtags).join(' ')}`)
          .join('; '),
    },
  ];
}
