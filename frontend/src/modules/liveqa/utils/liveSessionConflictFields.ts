import type { ConflictField } from '@/modules/api/hooks/useEditConflict';
import { MODERATION_MODE_LABELS } from './liveSessionLabels';
import type { LiveSessionFormValues } from './liveSessionFormValues';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const sortedList = (items: readonly string[]) => [...items].sort((a, b) => a.localeCompare(b)).join(', ');

/**
 * The live session form's values as a person reads them, to compare what someone else saved
 * with what the user typed. `moderatorName` names a moderator's ID (the form holds IDs).
 */
export function liveSessionConflictFields(
  moderatorName: (id: string) => string,
): ConflictField<LiveSessionFormValues>[] {
  return [
    { key: 'title', label: 'Title', format: (v) => v.title.trim() },
    { key: 'description', label: 'Description', format: (v) => v.description.trim() },
    { key: 'hostName', label: 'Host name', format: (v) => v.hostName.trim() },
    { key: 'hostCredentials', label: 'Host credentials', format: (v) => v.hostCredentials.trim() },
    { key: 'scheduledStart', label: 'Scheduled start', format: (v) => v.scheduledStart.replace('T', ' ') },
    { key: 'streamUrl', label: 'Stream URL', format: (v) => v.streamUrl.trim() },
    { key: 'moderatorIds', label: 'Moderators', format: (v) => sortedList(v.moderatorIds.map(moderatorName)) },
    { key: 'moderationMode', label: 'Moderation mode', format: (v) => MODERATION_MODE_LABELS[v.moderationMode] },
    {
      key: 'anonymousQuestionsAllowed',
      label: 'Anonymous questions',
      format: (v) => yesNo(v.anonymousQuestionsAllowed),
    },
    { key: 'questionLengthLimit', label: 'Question length limit', format: (v) => v.questionLengthLimit.trim() },
    { key: 'questionsPerMinute', label: 'Questions per minute', format: (v) => v.questionsPerMinute.trim() },
    { key: 'profanityFilter', label: 'Profanity filter', format: (v) => yesNo(v.profanityFilter) },
    {
      key: 'earlyQuestionsAllowed',
      label: 'Questions before the start',
      format: (v) => yesNo(v.earlyQuestionsAllowed),
    },
    { key: 'publishRecap', label: 'Recap published', format: (v) => yesNo(v.publishRecap) },
  ];
}
