import type { Channel } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';

/** Typed by the generated enum, so a channel added to the schema fails the build until labelled. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  X: 'X',
  LINKEDIN: 'LinkedIn',
  YOUTUBE: 'YouTube',
  TIKTOK: 'TikTok',
};

export const CHANNEL_OPTIONS: Option<Channel>[] = (Object.keys(CHANNEL_LABELS) as Channel[]).map((value) => ({
  value,
  label: CHANNEL_LABELS[value],
}));

export const isChannel = (value: string | null): value is Channel => value !== null && value in CHANNEL_LABELS;

export const channelLabels = (channels: readonly Channel[]) => channels.map((channel) => CHANNEL_LABELS[channel]);
