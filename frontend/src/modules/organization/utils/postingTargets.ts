import type { Channel, OrganizationSettingsFieldsFragment, PostingTargetInput } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';

type PostingTarget = OrganizationSettingsFieldsFragment['postingTargets'][number];

/** The most posts a week a target may ask for (the API refuses more). */
export const MAX_POSTS_PER_WEEK = 100;

/** Every channel, in the order the SPA lists channels: one target input each. */
export const POSTING_TARGET_CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

/**
 * A channel's input in the settings form. The API names a target by its index in the list sent
 * (routePostingTargetErrors turns that into this name), the form by its channel.
 */
export type PostingTargetField = `postingTargets.${Channel}`;

export const postingTargetField = (channel: Channel): PostingTargetField => `postingTargets.${channel}`;

export const POSTING_TARGET_FIELDS: readonly PostingTargetField[] = POSTING_TARGET_CHANNELS.map(postingTargetField);

/** Each channel's target as the text its input holds; blank for no target. */
export type PostingTargetValues = Record<PostingTargetField, string>;

const byChannel = <T>(value: (channel: Channel) => T) =>
  Object.fromEntries(POSTING_TARGET_CHANNELS.map((channel) => [postingTargetField(channel), value(channel)])) as Record<
    PostingTargetField,
    T
  >;

/** The inputs' labels: the channel's name, which the error summary puts before each message. */
export const POSTING_TARGET_LABELS: Record<PostingTargetField, string> = byChannel(
  (channel) => CHANNEL_LABELS[channel],
);

export function postingTargetsToFormValues(targets: readonly PostingTarget[]): PostingTargetValues {
  return byChannel((channel) => {
    const target = targets.find((candidate) => candidate.channel === channel);
    return target ? String(target.postsPerWeek) : '';
  });
}

/**
 * The targets typed, as the API takes them: one per channel with a number, in the channels'
 * order (so the same targets always make the same list). Call after validatePostingTargets.
 */
export function postingTargetsFromFormValues(values: PostingTargetValues): PostingTargetInput[] {
  return POSTING_TARGET_CHANNELS.flatMap((channel) => {
    const text = values[postingTargetField(channel)].trim();
    return text ? [{ channel, postsPerWeek: Number(text) }] : [];
  });
}

const WHOLE_NUMBER = /^\d+$/;

/** In the API's words, so a mistake reads the same whichever side catches it. */
export const POSTS_PER_WEEK_MESSAGE = `Enter a whole number of posts a week from 0 to ${MAX_POSTS_PER_WEEK}`;

/** Blank is no target; anything else is a whole number from 0 to MAX_POSTS_PER_WEEK. */
export function validatePostingTargets(values: PostingTargetValues): Partial<Record<PostingTargetField, string>> {
  const errors: Partial<Record<PostingTargetField, string>> = {};
  for (const field of POSTING_TARGET_FIELDS) {
    const text = values[field].trim();
    if (text && (!WHOLE_NUMBER.test(text) || Number(text) > MAX_POSTS_PER_WEEK)) errors[field] = POSTS_PER_WEEK_MESSAGE;
  }
  return errors;
}

/** "Facebook 3 a week, X 5 a week" in the channels' order, or "None set". */
export function formatPostingTargets(targets: readonly PostingTarget[]): string {
  const set = POSTING_TARGET_CHANNELS.flatMap((channel) =>
    targets
      .filter((target) => target.channel === channel)
      .map((target) => `${CHANNEL_LABELS[channel]} ${target.postsPerWeek} a week`),
  );
  return set.length > 0 ? set.join(', ') : 'None set';
}
