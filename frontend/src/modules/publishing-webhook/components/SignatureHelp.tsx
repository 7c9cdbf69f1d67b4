import { DetailList } from '@/ui/data-display/DetailList';

/**
 * For whoever builds the receiving service: the headers of each request and how to check its
 * signature (HMAC-SHA256 of the timestamp, a dot and the body, as the API's schema describes it).
 */
export function SignatureHelp() {
  return (
    <section aria-labelledby="webhook-verify-heading">
      <h2 id="webhook-verify-heading">How your service checks a request came from CarePulse</h2>
      <p>Each post arrives as an HTTPS POST with a JSON body and these headers:</p>
      <DetailList
        items={[
          {
            term: 'X-CarePulse-Timestamp',
            value: 'When CarePulse signed the request, in seconds since 1 January 1970 (Unix time).',
          },
          {
            term: 'X-CarePulse-Signature',
            value: (
              <>
                <code>sha256=</code> followed by the signature, in hexadecimal.
              </>
            ),
          },
          { term: 'Idempotency-Key', value: 'The same on every attempt to deliver one post.' },
        ]}
      />
      <ol className="webhook-steps">
        <li>
          Join the <code>X-CarePulse-Timestamp</code> value, a full stop (<code>.</code>) and the request body exactly
          as it arrived, before reading it as JSON.
        </li>
        <li>Compute the HMAC-SHA256 of that text, with the signing secret as the key, in hexadecimal.</li>
        <li>
          Compare it with the part of <code>X-CarePulse-Signature</code> after <code>sha256=</code>, using a
          constant-time comparison. Refuse the request if they differ.
        </li>
        <li>
          Refuse a request whose timestamp is more than a few minutes old, so a copied request cannot be replayed.
        </li>
      </ol>
      <p>
        CarePulse tries again after an error, so a post can arrive more than once: post it once per{' '}
        <code>Idempotency-Key</code>. Answering with JSON such as <code>{'{"postId": "…"}'}</code> tells CarePulse the
        post’s ID on the channel.
      </p>
    </section>
  );
}
