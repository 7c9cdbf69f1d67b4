import type { CreateLiveSessionInput, UpdateLiveSessionInput } from '@/generated/graphql';
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
      earlyQuestionsAllowed: values.earlyQuestionsAllowed,
      publishRecap: values.publishRecap,
    },
  };
}

/**
 * The update input: only what differs from the values the form was opened with (fields left out
 * stay as they are), guarded by the version that was read. A cleared description is sent empty,
 * which clears it.
 */
export function buildUpdateLiveSessionInput(
  initial: LiveSessionFormValues,
  values: LiveSessionFormValues,
  id: string,
  expectedVersion: number,
): UpdateLiveSessionInput {
  const before = buildCreateLiveSessionInput(initial);
  const after = buildCreateLiveSessionInput(values);
  const input: UpdateLiveSessionInput = { id, expectedVersion };
  if (after.description === undefined && before.description !== undefined) input.description = '';
  for (const key of Object.keys(after) as (keyof CreateLiveSessionInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(input, { [key]: after[key] });
  }
  return input;
}
