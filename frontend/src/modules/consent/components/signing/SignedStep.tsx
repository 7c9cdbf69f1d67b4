import { useEffect, useRef } from 'react';
import { CopyableText } from '@/ui/data-display/CopyableText';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { downloadBlob } from '@/ui/utils/csv';
import { documentFileName } from '../../utils/consentDocumentFile';
import { bytesOfBase64, labelNumber } from '../../utils/signatureImage';

export interface SignedConsent {
  label: string;
  /** The signed PDF, base64. */
  signedCopy: string | null;
  revocationLink: string | null;
}

/** Step 3: done. The patient's own copy (164.508(c)(4)) and the link to take the permission back. */
export function SignedStep({ signed }: { signed: SignedConsent }) {
  useDocumentTitle('Signed');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const download = () => {
    if (!signed.signedCopy) return;
    const blob = new Blob([bytesOfBase64(signed.signedCopy)], { type: 'application/pdf' });
    downloadBlob(documentFileName(labelNumber(signed.label), 'application/pdf'), blob);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Signed. Thank you.
      </h1>
      <p>
        Your permission is recorded as <strong>{signed.label}</strong>.
      </p>
      {signed.signedCopy && (
        <section className="signing-section" aria-labelledby="signed-copy">
          <h2 id="signed-copy">Your copy</h2>
          <p>Keep a copy of what you signed.</p>
          <button type="button" className="button button--primary button--large" onClick={download}>
            Download your signed copy (PDF)
          </button>
        </section>
      )}
      {signed.revocationLink && (
        <section className="signing-section" aria-labelledby="revocation-link">
          <h2 id="revocation-link">Changed your mind later?</h2>
          <p>
            To take back this permission later, open this link. Keep it somewhere safe: anyone who has it can take the
            permission back.
          </p>
          <CopyableText
            id="revocation-link-value"
            label="Link to take back your permission"
            value={signed.revocationLink}
            copyLabel="Copy link"
          />
        </section>
      )}
    </>
  );
}
