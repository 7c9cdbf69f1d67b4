import type { ModerationAction, PhiType, QuestionFlag, QuestionStatus } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';

// Typed by the generated enums: a value added to the schema fails the build until labelled.
export const MODERATION_ACTION_LABELS: Record<ModerationAction, string> = {
  APPROVE: 'Approve',
  REJECT: 'Reject',
  EDIT: 'Edit',
  PIN: 'Pin',
  UNPIN: 'Unpin',
  MARK_ANSWERED: 'Mark answered',
  RESTORE: 'Restore',
};

export const QUESTION_FLAG_LABELS: Record<QuestionFlag, string> = {
  PHI_SUSPECTED: 'Suspected PHI',
  PROFANITY: 'Profanity',
};

export const PHI_TYPE_LABELS: Record<PhiType, string> = {
  PHONE: 'phone number',
  FAX: 'fax number',
  EMAIL: 'e-mail address',
  URL: 'web address',
  IP_ADDRESS: 'IP address',
  SSN: 'social security number',
  MEDICAL_RECORD_NUMBER: 'medical record number',
  HEALTH_PLAN_NUMBER: 'health plan number',
  ACCOUNT_NUMBER: 'account number',
  LICENSE_NUMBER: 'licence number',
  PERSONAL_DATE: 'personal date',
  STREET_ADDRESS: 'street address',
  ZIP_CODE: 'ZIP code',
  PERSON_NAME: 'person’s name',
  AGE: 'age over 89',
  VEHICLE_IDENTIFIER: 'vehicle identifier',
  DEVICE_IDENTIFIER: 'device identifier',
};

/** How a participant reads the state of a question it asked. */
export const MY_QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  PENDING: 'Awaiting moderation',
  APPROVED: 'Approved',
  ANSWERED: 'Answered',
  REJECTED: 'Rejected',
};

export const MY_QUESTION_STATUS_TONES: Record<QuestionStatus, BadgeTone> = {
  PENDING: 'info',
  APPROVED: 'success',
  ANSWERED: 'neutral',
  REJECTED: 'muted',
};
