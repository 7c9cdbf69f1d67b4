import type { ConsentDetailFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { formatDate, formatDateTime } from '@/ui/utils/format';
import { PURPOSE_LABELS, REVOCATION_METHOD_LABELS, SIGNER_KIND_LABELS } from '../utils/consentLabels';

const person = (user: { name?: string | null; email?: string | null } | null | undefined) =>
  user?.name ?? user?.email ?? 'A former colleague';

/** The authorization as signed: its wording, the patient and the signature (compliance staff only). */
export function ConsentRecordDetails({ consent }: { consent: ConsentDetailFragment }) {
  const { patient, signature } = consent;
  const disclosers = [
    ...(consent.disclosedByOrganization ? ['The organisation as a whole'] : []),
    ...(consent.disclosingStaff ?? []),
  ];
  return (
    <>
      <section aria-labelledby="consent-authorization">
        <h2 id="consent-authorization">Authorization</h2>
        <DetailList
          items={[
            { term: 'What is disclosed', value: consent.informationDescription },
            { term: 'Who may disclose', value: disclosers.join(', ') },
            ...consent.purposes
              .filter((purpose) => purpose.description)
              .map((purpose) => ({
                term: `${PURPOSE_LABELS[purpose.kind]}, in its words`,
                value: purpose.description,
              })),
            ...(consent.expirationEvent ? [{ term: 'Ends when', value: consent.expirationEvent }] : []),
            ...(consent.financialRemuneration ? [{ term: 'Paid for by', value: consent.remunerationSource }] : []),
            { term: 'Recorded by', value: person(consent.recordedBy) },
            {
              term: 'Kept until',
              value: consent.retainedUntil ? formatDate(consent.retainedUntil) : 'While in effect',
            },
          ]}
        />
      </section>
      <section aria-labelledby="consent-patient">
        <h2 id="consent-patient">Patient</h2>
        <DetailList
          items={[
            { term: 'Full name', value: patient?.name },
            { term: 'Date of birth', value: formatDate(patient?.dateOfBirth) },
            { term: 'Email', value: patient?.email },
            { term: 'Phone', value: patient?.phone },
          ]}
        />
      </section>
      <section aria-labelledby="consent-signature">
        <h2 id="consent-signature">Signature</h2>
        <DetailList
          items={[
            { term: 'Signed by', value: signature && SIGNER_KIND_LABELS[signature.signerKind] },
            { term: 'Signer’s name', value: signature?.signerName },
            { term: 'Signed on', value: formatDate(signature?.signedOn) },
            ...(signature?.signerKind === 'REPRESENTATIVE'
              ? [{ term: 'Representative’s authority', value: signature.representativeAuthority }]
              : []),
          ]}
        />
      </section>
      <section aria-labelledby="consent-statements">
        <h2 id="consent-statements">Statements</h2>
        <ul className="consent-statements">
          {(consent.statements ?? []).map((statement) => (
            <li key={statement.kind}>
              <span
                className={
                  statement.acknowledged
                    ? 'consent-statements__tick'
                    : 'consent-statements__tick consent-statements__tick--missing'
                }
                aria-hidden="true"
              >
                {statement.acknowledged ? '✓' : '✗'}
              </span>
              <span>
                <span className="visually-hidden">
                  {statement.acknowledged ? 'Acknowledged: ' : 'Not acknowledged: '}
                </span>
                {statement.text}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {consent.revocation && (
        <section aria-labelledby="consent-revocation">
          <h2 id="consent-revocation">Revocation</h2>
          <DetailList
            items={[
              { term: 'Received', value: formatDateTime(consent.revocation.receivedAt) },
              { term: 'How it arrived', value: REVOCATION_METHOD_LABELS[consent.revocation.method] },
              { term: 'Reason', value: consent.revocation.reason },
              {
                term: 'Recorded',
                value: `${formatDateTime(consent.revocation.recordedAt)} by ${person(consent.revocation.recordedBy)}`,
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
