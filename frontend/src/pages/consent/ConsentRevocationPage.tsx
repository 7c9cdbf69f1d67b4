import { useEffect, useMemo, useRef, useState } from 'react';
import type { Client } from '@urql/core';
import { PublicConsentRevocationDocument, RevokeConsentByLinkDocument } from '@/generated/graphql';
import { LinkNotValid } from '@/modules/consent/components/signing/LinkNotValid';
import { RevokeByLinkForm } from '@/modules/consent/components/signing/RevokeByLinkForm';
import { createPublicConsentClient, UNREACHABLE } from '@/modules/consent/utils/publicConsentClient';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import '@/modules/consent/styles/signing.css';

type Step =
  | { kind: 'opening' }
  | { kind: 'unreachable' }
  | { kind: 'invalid' }
  | { kind: 'revocable'; organizationName: string; label: string }
  | { kind: 'revoked'; organizationName: string };

/**
 * The public revocation page at /consent/revoke#<token> (no login): the patient takes back a
 * permission in writing. Like the signing page, the token was taken out of the address first.
 */
export function ConsentRevocationPage({ token, client: given }: { token: string | null; client?: Client }) {
  const client = useMemo(() => given ?? createPublicConsentClient(), [given]);
  const [step, setStep] = useState<Step>({ kind: token ? 'opening' : 'invalid' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    void client
      .query(PublicConsentRevocationDocument, { token })
      .toPromise()
      .then(({ data, error }) => {
        if (!current) return;
        const revocation = data?.consentRevocation;
        if (error || !data) setStep({ kind: 'unreachable' });
        else if (!revocation) setStep({ kind: 'invalid' });
        else setStep({ kind: 'revocable', ...revocation });
      });
    return () => {
      current = false;
    };
  }, [client, token, round]);

  const revoke = async (reason: string): Promise<string | undefined> => {
    if (!token || step.kind !== 'revocable') return undefined;
    const input = { token, reason: reason.trim() || null };
    const result = await client.mutation(RevokeConsentByLinkDocument, { input }).toPromise();
    const payload = result.data?.revokeConsentByLink;
    if (result.error || !payload) return UNREACHABLE;
    if (payload.revoked) setStep({ kind: 'revoked', organizationName: step.organizationName });
    else if (payload.userErrors.some((error) => error.code === 'LINK_NOT_VALID')) setStep({ kind: 'invalid' });
    else return payload.userErrors.map((error) => error.message).join(' ') || 'Your permission was not revoked.';
    return undefined;
  };

  return (
    <main className="signing" id="main">
      <p className="brand">CarePulse · Permission to share</p>
      {step.kind === 'opening' && <LoadingState label="Opening your link…" />}
      {step.kind === 'invalid' && (
        <LinkNotValid what="If you still want to take back your permission, write to the clinic." />
      )}
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
      {step.kind === 'revocable' && <RevokeByLinkForm {...step} onRevoke={revoke} />}
      {step.kind === 'revoked' && <Revoked organizationName={step.organizationName} />}
    </main>
  );
}

function Revoked({ organizationName }: { organizationName: string }) {
  useDocumentTitle('Permission revoked');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Your permission is revoked
      </h1>
      <p>
        Your permission is revoked. {organizationName} will not make new posts with it. What was already shared before
        now may stay where it is.
      </p>
    </>
  );
}
