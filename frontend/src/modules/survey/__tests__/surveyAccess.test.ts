// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/graphql';
import { canReadSurveys, canReleaseSurveyAnswers, canWriteSurveys } from '@/modules/viewer/utils/permissions';
import { canReadSurveyTextAnswers } from '../utils/surveyAccess';

const SCHEMA = join(__dirname, '../../../../../schema');
const schema = buildSchema(
  ['common.graphqls', 'phi.graphqls', 'survey.graphqls']
    .map((file) => readFileSync(join(SCHEMA, file), 'utf8'))
    .join('\n'),
  { assumeValidSDL: true },
);
const ROLES: Role[] = ['ADMIN', 'MARKETER', 'CLINICAL_REVIEWER', 'COMPLIANCE_OFFICER', 'MODERATOR', 'ANALYST'];

function textAnswerRoles(): string[] {
  const field = (schema.getType('SurveyQuestionResult') as GraphQLObjectType).getFields().textAnswers;
  const rule = field.astNode?.directives?.find((d) => d.name.value === 'access');
  const roles = rule?.arguments?.find((a) => a.name.value === 'roles')?.value;
  return roles?.kind === Kind.LIST ? roles.values.map((v) => (v as { value: string }).value) : [];
}

describe('who sees which part of a survey', () => {
  it('reads respondents’ words by the schema’s field rule on textAnswers, which analysts do not pass', () => {
    expect(ROLES.filter((role) => canReadSurveyTextAnswers([role]))).toEqual(
      ROLES.filter((role) => textAnswerRoles().includes(role)),
    );
    expect(canReadSurveyTextAnswers(['ANALYST'])).toBe(false);
  });

  it('shows surveys to analysts and compliance, lets marketers write them and compliance release held answers', () => {
    expect(ROLES.filter((role) => canReadSurveys([role]))).toEqual([
      'ADMIN',
      'MARKETER',
      'COMPLIANCE_OFFICER',
      'ANALYST',
    ]);
    expect(ROLES.filter((role) => canWriteSurveys([role]))).toEqual(['ADMIN', 'MARKETER']);
    expect(ROLES.filter((role) => canReleaseSurveyAnswers([role]))).toEqual(['ADMIN', 'COMPLIANCE_OFFICER']);
  });
});
