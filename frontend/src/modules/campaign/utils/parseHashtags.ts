import { splitList } from '@/ui/utils/splitList';

/**
 * "#HelloMyNameIs, FluShot  #Movember" → ["#HelloMyNameIs", "#FluShot", "#Movember"]: split on
 * commas and whitespace, add the leading # where missing, drop duplicates ignoring case. Tags
 * with characters the schema forbids are kept so the server can say which one is wrong.
 */
export function parseHashtags(text: string): string[] {
  const bare = text
    .split(/[\s,]+/)
    .map((word) => word.replace(/^#+/, ''))
    .join(' ');
  return splitList(bare, /\s+/).map((tag) => `#${tag}`);
}

export const formatHashtags = (hashtags: readonly string[]) => hashtags.join(' ');
