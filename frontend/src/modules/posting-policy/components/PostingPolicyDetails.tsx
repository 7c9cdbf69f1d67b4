import type { PostingPolicyFieldsFragment } from '@/generated/graphql';
import { FORMAT_LABELS } from '@/modules/content/utils/contentLabels';
import { TagList } from '@/ui/data-display/TagList';
import '../styles/postingPolicy.css';

const every = (items: readonly string[], all: string) => (items.length > 0 ? items.join(', ') : all);

/** The policy for those who read but do not write it: its text, then each rule in words. */
export function PostingPolicyDetails({ policy }: { policy: PostingPolicyFieldsFragment }) {
  return (
    <>
      <section aria-labelledby="policy-text-heading">
        <h2 id="policy-text-heading">Policy</h2>
        <div className="policy-text">{policy.text}</div>
      </section>
      <section aria-labelledby="policy-rules-heading">
        <h2 id="policy-rules-heading">Rules checked when an item is submitted for review</h2>
        <h3>Blocked phrases</h3>
        <TagList items={policy.blockedPhrases} empty="None." />
        <h3>Required disclaimers</h3>
        {policy.disclaimers.length > 0 ? (
          <ul className="policy-list">
            {policy.disclaimers.map((disclaimer, index) => (
              <li key={index}>
                <q>{disclaimer.text}</q>
                <p className="muted">
                  For{' '}
                  {every(
                    disclaimer.formats.map((format) => FORMAT_LABELS[format]),
                    'every format',
                  )}
                  ; topics: {every(disclaimer.topics, 'all')}.
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None.</p>
        )}
        <h3>Hashtags required per campaign</h3>
        {policy.requiredHashtags.length > 0 ? (
          <ul className="policy-list">
            {policy.requiredHashtags.map((rule, index) => (
              <li key={rule.campaign?.id ?? index}>
                <strong>{rule.campaign?.name ?? 'A campaign no longer available'}</strong>: {rule.hashtags.join(' ')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None.</p>
        )}
      </section>
    </>
  );
}
