import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { CopyableText } from '@/ui/data-display/CopyableText';
import { formatDateTime } from '@/ui/utils/format';
import type { SentRequest } from '../hooks/useRequestConsent';
import { consentRequestPath, CONSENT_REQUESTS_PATH } from '../utils/consentRequestLabels';

/**
 * The signing link, shown this once (the server never answers it again): copy it now and send
 * it through the organisation's own channel. It takes focus, so it is read out first.
 */
export function SigningLinkPanel({ sent }: { sent: SentRequest }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const until = formatDateTime(sent.request.linkExpiresAt);
  return (
    <section className="panel signing-link" aria-labelledby="signing-link-title">
      <h2 id="signing-link-title" ref={heading} tabIndex={-1}>
        Signing link created
      </h2>
      <p>
        <strong>This link is shown only now.</strong> Copy it and send it to the patient through your own channel (your
        patient portal, a text message or an email). It works once, until {until}. Anyone with it can see the form after
        confirming the patient’s date of birth.
      </p>
      <CopyableText id="signing-link-value" label="Signing link" value={sent.signingLink} copyLabel="Copy link" />
      <div className="button-row">
        <Link to={consentRequestPath(sent.request.id)} className="button">
          Open the request
        </Link>
        <Link to={CONSENT_REQUESTS_PATH} className="button button--quiet">
          All signing requests
        </Link>
      </div>
    </section>
  );
}
