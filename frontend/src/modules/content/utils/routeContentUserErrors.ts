import type { Channel, UserErrorFieldsFragment } from '@/generated/graphql';
import { isChannel } from '@/modules/segment/utils/channelLabels';

/**
 * The server names a channel's text two ways: by its place in the input (["input", "variants",
 * "1", "text"]) when it checks a save, and by the channel (["variants", "INSTAGRAM"]) when the
 * PHI guard finds something in it. Both become ["input", "variants.INSTAGRAM"], the editor's field
 * for that channel's text, so the error is shown under the text it is about. Other paths are left
 * as they are for mapUserErrors (["input", "media", "0", "altText"] lands on media, item 1).
 *
 * `channels` are the channels of the variants as they were sent, in that order.
 */
export function routeContentUserErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  channels: readonly Channel[],
): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('variants');
    if (at < 0) return error;
    const next = path[at + 1];
    const channel = isChannel(next ?? null)
      ? (next as Channel)
      : /^\d+$/.test(next ?? '')
        ? channels[Number(next)]
        : undefined;
    return channel ? { ...error, field: ['input', `variants.${channel}`] } : error;
  });
}

/** Where on the detail page an action's error belongs: the section of the field it names, if any. */
export function errorSection(error: UserErrorFieldsFragment): string | null {
  const path = (error.field ?? []).filter((segment) => segment !== 'input');
  const [first, second] = path;
  if (first === 'variants' && isChannel(second ?? null)) return `variants.${second}`;
  if (first === 'title' || first === 'body' || first === 'media' || first === 'citations') return first;
  if (first === 'consentIds') return 'consents';
  // An approval refused while review comments are open names the item's comments.
  if (first === 'comments') return 'comments';
  return null;
}
