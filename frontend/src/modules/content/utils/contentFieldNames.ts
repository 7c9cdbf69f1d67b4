import { CHANNEL_LABELS, isChannel } from '@/modules/segment/utils/channelLabels';

/** A field as the API names it (title, body, variants.X, media.0.altText) in words. */
export function fieldLabel(field: string): string {
  const [first, second, third] = field.split('.');
  if (first === 'title') return 'Title';
  if (first === 'body') return 'Body';
  if (first === 'variants' && isChannel(second ?? null))
    return `${CHANNEL_LABELS[second as keyof typeof CHANNEL_LABELS]} text`;
  if (first === 'media') return `Media ${Number(second) + 1} ${third === 'altText' ? 'alt text' : 'transcript'}`;
  return field;
}
