import type { PublishingWebhookDeliveriesQuery } from '@/generated/graphql';

/** One attempt of the delivery log. */
export type WebhookDelivery = NonNullable<
  PublishingWebhookDeliveriesQuery['publishingWebhook']
>['recentDeliveries'][number];

/** The X-CarePulse-Event of each request, as an admin calls it. */
const EVENT_WORDS: Record<string, string> = {
  'content.publish': 'Post',
  'content.retract': 'Take-down',
  'feedback.reply': 'Reply',
};

/** "Post" or "Take-down"; an event the SPA does not know yet is shown as the server names it. */
export const deliveryEvent = (event: string) => EVENT_WORDS[event] ?? event;

/** "Delivered (200)", or why the attempt failed, in the server's words (it gives no reason for a delivery). */
export const deliveryOutcome = (delivery: Pick<WebhookDelivery, 'status' | 'error'>) =>
  delivery.error ?? `Delivered (${delivery.status})`;
