// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, type ConstDirectiveNode, type FieldNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCESS } from '@/generated/access';
import {
  canReadConsentPatients,
  canReadConsentRequests,
  canReadConsents,
  canRequestConsents,
  canWriteConsents,
} from '@/modules/viewer/utils/permissions';
import { canWatchConsentExpiry } from '../utils/consentAccess';

const SCHEMA = join(__dirname, '../../../../../schema');
const schema = buildSchema(
  ['common.graphqls', 'consent.graphqls'].map((file) => readFileSync(join(SCHEMA, file), 'utf8')).join('\n'),
  { assumeValidSDL: true },
);
const consentFields = schema.getType('Consent')!.astNode!;

const rolesOf = (directive: ConstDirectiveNode | undefined) => {
  const argument = directive?.arguments?.find((a) => a.name.value === 'roles');
  return argument?.value.kind === Kind.LIST ? argument.value.values.map((v) => (v as { value: string }).value) : [];
};
const fieldRule = (name: string) => {
  const field = 'fields' in consentFields ? consentFields.fields?.find((f) => f.name.value === name) : undefined;
  return field?.directives?.find((d) => d.name.value === 'access');
};
const selectedFields = (set: SelectionSetNode): string[] =>
  set.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((s) => s.name.value);

describe('who reads which part of a consent', () => {
  it('guards every protected field of Consent with the access log’s roles, which the SPA asks for', () => {
    const protectedFields = [
      'informationDescription',
      'patient',
      'signature',
      'statements',
      'document',
      'retainedUntil',
    ];
    const rules = Object.fromEntries(protectedFields.map((name) => [name, rolesOf(fieldRule(name)).sort()]));
    const logRoles = [...ACCESS.query.consentAccessLog.roles].sort();
    expect(rules).toEqual(Object.fromEntries(protectedFields.map((name) => [name, logRoles])));
  });

  it('keeps the reduced fragment to fields every consent reader may see', () => {
    const fragment = parse(readFileSync(join(__dirname, '../graphql/fragments/consentSummary.graphql'), 'utf8'))
      .definitions[0];
    if (fragment.kind !== Kind.FRAGMENT_DEFINITION) throw new Error('ConsentSummary is not a fragment');
    const restricted = selectedFields(fragment.selectionSet).filter((name) => fieldRule(name));
    expect(restricted).toEqual([]);
  });

  it('gives compliance staff the full record and marketers and clinical reviewers the scope only', () => {
    expect(canReadConsentPatients(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canReadConsentPatients(['ADMIN'])).toBe(true);
    expect(canReadConsentPatients(['MARKETER', 'CLINICAL_REVIEWER'])).toBe(false);
    expect(canReadConsents(['CLINICAL_REVIEWER'])).toBe(true);
    expect(canWriteConsents(['MARKETER'])).toBe(false);
  });

  it('shows analysts nothing of consents, and the expiry panel to compliance staff and marketers', () => {
    expect(canReadConsents(['ANALYST'])).toBe(false);
    expect(canWatchConsentExpiry(['MARKETER'])).toBe(true);
    expect(canWatchConsentExpiry(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canWatchConsentExpiry(['CLINICAL_REVIEWER'])).toBe(false);
    expect(canWatchConsentExpiry(['ANALYST'])).toBe(false);
  });

  it('lets compliance staff alone send consents for online signing and see the requests', () => {
    expect(canRequestConsents(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canRequestConsents(['ADMIN'])).toBe(true);
    expect(canRequestConsents(['MARKETER', 'CLINICAL_REVIEWER', 'ANALYST'])).toBe(false);
    expect(canReadConsentRequests(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canReadConsentRequests(['MARKETER'])).toBe(false);
  });
});
