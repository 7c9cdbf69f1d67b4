import { useEffect, useMemo, useState } from 'react';
import type { Client } from '@urql/core';
import {
  PublicConsentRequestDocument,
  SignConsentRequestDocument,
  type ConsentStatementKind,
} from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationFormState';
import { DateOfBirthStep } from '@/modules/consent/components/signing/DateOfBirthStep';
import { LinkNotValid } from '@/modules/consent/components/signing/LinkNotValid';
import { SignedStep, type SignedConsent } from '@/modules/consent/components/signing/SignedStep';
import { SigningStep, type ConfirmedRequest } from '@/modules/consent/components/signing/SigningStep';
import { mismatchMessage } from '@/modules/consent/utils/dateOfBirthFields';
import { createPublicConsentClient, UNREACHABLE } from '@/modules/consent/utils/publicConsentClient';
import { buildSignInput, type SigningFormValues } from '@/modules/consent/utils/signingForm';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import '@/modules/consent/styles/signing.css';

type Step =
  | { kind: 'opening' }
  | { kind: 'unreachable' }
  | { kind: 'invalid' }
  | { kind: 'dateOfBirth'; organizationName: string; problem?: string; checking: boolean }
  | { kind: 'sign'; request: ConfirmedRequest; dateOfBirth: string }
  | { kind: 'signed'; signed: SignedConsent };

/**
 * The public signing page at /consent#<token> (`app/publicPages`): no login. The token was taken
 * out of the address before this page loaded (`takeLinkToken`) and lives only in this page's
 * memory, as does the date of birth; nothing is written to storage or logged.
 */
export function ConsentSigningPage({ token, client: given }: { token: string | null; client?: Client }) {
  const client = useMemo(() => given ?? createPublicConsentClient(), [given]);
  const [step, setStep] = useState<Step>({ kind: token ? 'opening' : 'invalid' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void client
      .query(PublicConsentRequestDocument, { token, dateOfBirth: null })
      .toPromise()
      .then(({ data, error }) => {
        if (!current) return;
        if (error || !data) setStep({ kind: 'unreachable' });
        else if (!data.consentRequest) setStep({ kind: 'invalid' });
        else setStep({ kind: 'dateOfBirth', organizationName: data.consentRequest.organizationName, checking: false });
      });
    return () => {
      current = false;
    };
  }, [client, token, round]);

  const confirm = async (organizationName: string, dateOfBirth: string) => {
    if (!token) return;
    setStep({ kind: 'dateOfBirth', organizationName, checking: true });
    const { data, error } = await client.query(PublicConsentRequestDocument, { token, dateOfBirth }).toPromise();
    const request = data?.consentRequest;
    if (error || !data) setStep({ kind: 'dateOfBirth', organizationName, checking: false, problem: UNREACHABLE });
    else if (!request) setStep({ kind: 'invalid' });
    else if (!request.confirmed)
      setStep({
        kind: 'dateOfBirth',
        organizationName,
        checking: false,
        problem: mismatchMessage(request.attemptsLeft),
      });
    else setStep({ kind: 'sign', request, dateOfBirth });
  };

  const sign = async (
    dateOfBirth: string,
    values: SigningFormValues,
    statements: readonly ConsentStatementKind[],
  ): Promise<SubmitOutcome> => {
    if (!token) return { userErrors: [] };
    const input = buildSignInput(values, { token, dateOfBirth }, statements);
    const result = await client.mutation(SignConsentRequestDocument, { input }).toPromise();
    const payload = result.data?.signConsentRequest;
    if (result.error || !payload) return { error: UNREACHABLE };
    if (payload.userErrors.some((e) => e.code === 'LINK_NOT_VALID' || e.code === 'DATE_OF_BIRTH_MISMATCH')) {
      setStep({ kind: 'invalid' });
      return { userErrors: [] };
    }
    if (payload.userErrors.length === 0 && payload.label) {
      setStep({
        kind: 'signed',
        signed: {
          label: payload.label,
          signedCopy: payload.signedCopy ?? null,
          revocationLink: payload.revocationLink ?? null,
        },
      });
    }
    return { userErrors: payload.userErrors };
  };

  return (
    <main className="signing" id="main">
      <p className="brand">CarePulse · Permission to share</p>
      {step.kind === 'opening' && <LoadingState label="Opening your link…" />}
      {step.kind === 'invalid' && <LinkNotValid />}
      {step.kind === 'unreachable' && (
        <>
          <h1>We could not open your link</h1>
          <ErrorState
            message={UNREACHABLE}
            onRetry={() => {
              setStep({ kind: 'opening' });
              setRound((n) => n + 1);
            }}
          />
        </>
      )}
      {step.kind === 'dateOfBirth' && (
        <DateOfBirthStep
          organizationName={step.organizationName}
          problem={step.problem}
          checking={step.checking}
          onConfirm={(date) => void confirm(step.organizationName, date)}
        />
      )}
      {step.kind === 'sign' && (
        <SigningStep
          request={step.request}
          onSign={(values, statements) => sign(step.dateOfBirth, values, statements)}
        />
      )}
      {step.kind === 'signed' && <SignedStep signed={step.signed} />}
    </main>
  );
}
