import type { ContentDetailFragment, PhiType } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';

/** The flagged characters of a text; spans are in UTF-16 code units, as JavaScript strings count. */
export const findingSpan = (text: string, finding: { start: number; end: number }) =>
  text.slice(finding.start, finding.end);

/** "Possible phone number: “555-201-0134”" */
export function describeFinding(text: string, finding: { type: PhiType; start: number; end: number }): string {
  const span = findingSpan(text, finding);
  return span ? `Possible ${PHI_TYPE_LABELS[finding.type]}: “${span}”` : `Possible ${PHI_TYPE_LABELS[finding.type]}`;
}

/** The text of a field named as the API names it: title, body, variants.INSTAGRAM, media.0.altText. */
export function fieldText(
  content: {
    title: string;
    body: string;
    variants: readonly { channel: string; text: string }[];
    media: readonly { altText?: string | null; transcript?: string | null }[];
  },
  field: string,
): string {
  const [first, second, third] = field.split('.');
  if (first === 'title') return content.title;
  if (first === 'body') return content.body;
  if (first === 'variants') return content.variants.find((variant) => variant.channel === second)?.text ?? '';
  if (first === 'media') {
    const media = content.media[Number(second)];
    return (third === 'altText' ? media?.altText : media?.transcript) ?? '';
  }
  return '';
}

type Finding = ContentDetailFragment['phiFindings'][number];
type Override = ContentDetailFragment['phiOverrides'][number];
type WithFindings = Parameters<typeof fieldText>[0] & Pick<ContentDetailFragment, 'phiFindings' | 'phiOverrides'>;

/** A finding's override: the same field, type and exact text (an override holds wherever that text stays). */
export function overrideOf(content: WithFindings, finding: Finding): Override | undefined {
  const quote = findingSpan(fieldText(content, finding.field), finding);
  return content.phiOverrides.find((o) => o.field === finding.field && o.type === finding.type && o.quote === quote);
}

/** Overrides that match no finding now (the text they let through has since left its field). */
export const unmatchedOverrides = (content: WithFindings): Override[] =>
  content.phiOverrides.filter((o) => !content.phiFindings.some((finding) => overrideOf(content, finding) === o));

/** Whether a finding stops the item: neither covered by a linked consent nor overridden. */
export const isBlocking = (finding: Pick<Finding, 'coveredByConsent' | 'overridden'>) =>
  !finding.coveredByConsent && !finding.overridden;
