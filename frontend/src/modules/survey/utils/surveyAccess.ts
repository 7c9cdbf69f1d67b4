import type { Role } from '@/generated/graphql';

/**
 * Who reads respondents' own words (`SurveyQuestionResult.textAnswers`): a field rule, which the
 * generated rules (root fields only) do not carry, so it is kept here and checked against the
 * schema by surveyAccess.test. Analysts see the figures, not the words.
 */
const TEXT_ANSWER_ROLES: readonly Role[] = ['ADMIN', 'MARKETER', 'COMPLIANCE_OFFICER'];

export const canReadSurveyTextAnswers = (roles: readonly Role[]) =>
  roles.some((role) => TEXT_ANSWER_ROLES.includes(role));
