import type { LiveSessionStatus, ModerationMode } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';
import type { Option } from '@/ui/form/SelectField';

// Each table is typed by a generated enum: a value added to the schema fails the build until labelled.
export const LIVE_SESSION_STATUS_LABELS: Record<LiveSessionStatus, string> = {
  SCHEDULED: 'Scheduled',
  LIVE: 'Live',
  ENDED: 'Ended',
};

export const LIVE_SESSION_STATUS_TONES: Record<LiveSessionStatus, BadgeTone> = {
  SCHEDULED: 'info',
  LIVE: 'success',
  ENDED: 'muted',
};

export const MODERATION_MODE_LABELS: Record<ModerationMode, string> = {
  PRE_MODERATION: 'Pre-moderation: approve each question first',
  POST_MODERATION: 'Post-moderation: remove questions afterwards',
};

export const MODERATION_MODE_OPTIONS: Option<ModerationMode>[] = (
  Object.keys(MODERATION_MODE_LABELS) as ModerationMode[]
).map((value) => ({ value, label: MODERATION_MODE_LABELS[value] }));

/** The button text for moving a session to a status. */
export function liveSessionTransitionLabel(to: LiveSessionStatus): string {
  switch (to) {
    case 'LIVE':
      return 'Start session';
    case 'ENDED':
      return 'End session';
    case 'SCHEDULED':
      return 'Move back to scheduled';
  }
}
