import type { CreateLiveSessionInput } from '@/generated/graphql';
import type { LiveSessionFormValues } from './liveSessionFormValues';
import { localDateTimeToIso } from './localDateTimeToIso';

/** The create input; empty optional texts are left out. Call after validateLiveSessionForm. */
export function buildCreateLiveSessionInput(values: LiveSessionFormValues): CreateLiveSessionInput {
  const description = values.description.trim();
  const credentials = values.hostCredentials.trim();
  const streamUrl = values.streamUrl.trim();
  return {
    title: values.title.trim(),
    ...(description && { description }),
    host: { name: values.hostName.trim(), ...(credentials && { credentials }) },
    scheduledStart: localDateTimeToIso(values.scheduledStart) ?? values.scheduledStart,
    ...(streamUrl && { streamUrl }),
    moderatorIds: values.moderatorIds,
    settings: {
      anonymousQuestionsAllowed: values.anonymousQuestionsAllowed,
      moderationMode: values.moderationMode,
      questionLengthLimit: Number(values.questionLengthLimit.trim()),
      questionsPerMinute: Number(values.questionsPerMinute.trim()),
      profanityFilter: values.profanityFilter,
    },
  };
}
