import type { Channel } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';

/** Each channel's limit, in characters as the platform counts them (content.graphqls, ContentVariant.limit). */
export const CHANNEL_LIMITS: Record<Channel, number> = {
  X: 280,
  INSTAGRAM: 2200,
  LINKEDIN: 3000,
  FACEBOOK: 63_206,
  TIKTOK: 2200,
  YOUTUBE: 5000,
};

/** Characters as the platforms and the server count them: code points, so an emoji is one. */
export const countCharacters = (text: string) => [...text].length;

export interface ChannelCount {
  length: number;
  limit: number;
  over: boolean;
  /** "123 / 280" */
  text: string;
}

/** The counter under a channel's text; the server strips the text first, so the count does too. */
export function channelCount(channel: Channel, text: string): ChannelCount {
  const length = countCharacters(text.trim());
  const limit = CHANNEL_LIMITS[channel];
  return { length, limit, over: length > limit, text: `${formatNumber(length)} / ${formatNumber(limit)}` };
}
