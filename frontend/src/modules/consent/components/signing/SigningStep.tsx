import { useEffect, useRef, useState } from 'react';
import type { ConsentStatementKind, PublicConsentRequestQuery } from '@/generated/graphql';
import { useMutationFormState, type SubmitOutcome } from '@/modules/api/hooks/useMutationFormState';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { formatDate } from '@/ui/utils/format';
import { isoDay } from '../../utils/consentDates';
import {
  EMPTY_SIGNING_FORM,
  SIGNING_FIELDS,
  SIGNING_LABELS,
  validateSigningForm,
  type SigningField,
  type SigningFormValues,
} from '../../utils/signingForm';
import { SignerFields } from './SignerFields';
import { SignaturePad } from './SignaturePad';
import { StatementChecks } from './StatementChecks';

export type ConfirmedRequest = NonNullable<PublicConsentRequestQuery['consentRequest']>;

interface Props {
  request: ConfirmedRequest;
  onSign: (values: SigningFormValues, statements: readonly ConsentStatementKind[]) => Promise<SubmitOutcome>;
}

const fieldId = (field: SigningField) => `sign-${field}`;

/** Step 2: the authorization in plain language, each statement ticked, the signer named, a signature drawn. */
export function SigningStep({ request, onSign }: Props) {
  useDocumentTitle('Read and sign');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const statements = (request.statements ?? []).map((statement) => statement.kind);
  const form = useMutationFormState({
    initialValues: EMPTY_SIGNING_FORM,
    fields: SIGNING_FIELDS,
    labels: SIGNING_LABELS,
    fieldId,
    validate: (values: SigningFormValues) => validateSigningForm(values, statements),
    submit: (values: SigningFormValues) => onSign(values, statements),
  });
  const signature = form.field('signature');
  const [today] = useState(() => isoDay(new Date()));

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Read and sign
      </h1>
      <p>
        {request.organizationName} asks {request.patientName ? <strong>{request.patientName}</strong> : 'you'} for
        permission. Please read each part. You can say no: your care does not depend on it.
      </p>
      {(request.sections ?? []).map((section, index) => (
        <section key={index} className="signing-section" aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`}>{section.heading}</h2>
          <p>{section.text}</p>
        </section>
      ))}
      <form className="form signing-form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
        <FormErrorSummary items={form.summary} attempt={form.attempt} />
        <StatementChecks form={form} statements={request.statements ?? []} />
        <SignerFields form={form} />
        <SignaturePad {...signature} id={fieldId('signature')} typedName={form.values.signerName} />
        <p className="signing-date">
          <span className="field__label">Date</span> <time dateTime={today}>{formatDate(today)}</time>
        </p>
        <button type="submit" className="button button--primary button--large" disabled={form.submitting}>
          {form.submitting ? 'Signing…' : 'Sign'}
        </button>
      </form>
    </>
  );
}
