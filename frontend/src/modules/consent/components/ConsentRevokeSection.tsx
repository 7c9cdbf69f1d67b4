import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { RevokeConsentDocument, type ConsentDetailFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { mapUserErrors } from '@/modules/api/utils/mapUserErrors';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { useFormFields } from '@/ui/form/useFormFields';
import { REVOCATION_METHOD_OPTIONS } from '../utils/consentLabels';
import {
  buildRevokeConsentInput,
  newRevocation,
  REVOCATION_FIELDS,
  REVOCATION_LABELS,
  validateRevocation,
  type RevocationField,
} from '../utils/revocationForm';

type Errors = { fields: Partial<Record<RevocationField, string>>; form: string[]; attempt: number };
const fieldId = (field: RevocationField) => `revocation-${field}`;

/** Records a written revocation of an ACTIVE consent, after saying what it does. */
export function ConsentRevokeSection({
  consent,
}: {
  consent: Pick<ConsentDetailFragment, 'id' | 'label' | 'signature'>;
}) {
  const [errors, setErrors] = useState<Errors>({ fields: {}, form: [], attempt: 0 });
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, revoke] = useMutation(RevokeConsentDocument);
  const { values, field } = useFormFields(newRevocation(), {
    labels: REVOCATION_LABELS,
    fieldId,
    errors: errors.fields,
  });
  const fail = (fields: Errors['fields'], form: string[] = []) =>
    setErrors((e) => ({ fields, form, attempt: e.attempt + 1 }));

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const found = validateRevocation(values, consent.signature?.signedOn);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors((e) => ({ ...e, fields: {}, form: [] }));
    setConfirming(true);
  };
  const confirm = async () => {
    const result = await revoke({ input: buildRevokeConsentInput(consent.id, values) });
    setConfirming(false);
    const payload = result.data?.revokeConsent;
    if (result.error || !payload) return fail({}, [result.error ? describeGraphqlError(result.error) : 'Not revoked.']);
    if (payload.userErrors.length > 0) {
      const mapped = mapUserErrors(payload.userErrors, REVOCATION_FIELDS);
      fail(mapped.fieldErrors, mapped.formErrors);
    }
  };

  const summary = [
    ...(Object.keys(errors.fields) as RevocationField[]).map((name) => ({
      message: `${REVOCATION_LABELS[name]}: ${errors.fields[name]}`,
      targetId: fieldId(name),
    })),
    ...errors.form.map((message) => ({ message })),
  ];
  return (
    <section aria-labelledby="consent-revoke" className="panel consent-revoke">
      <h2 id="consent-revoke">Revoke</h2>
      <p>Record a revocation the patient made in writing. The consent stops authorizing posts at once.</p>
      <form onSubmit={ask} noValidate>
        <FormErrorSummary items={summary} attempt={errors.attempt} />
        <div className="field-row">
          <TextField {...field('receivedAt')} type="datetime-local" required hint="Your local time." />
          <SelectField {...field('method')} required emptyLabel="Choose" options={REVOCATION_METHOD_OPTIONS} />
        </div>
        <TextAreaField {...field('reason')} hint="Optional. The patient’s reason, if they gave one." />
        <button type="submit" className="button button--danger" disabled={fetching}>
          Revoke consent…
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Revoke this consent?"
        confirmLabel="Revoke consent"
        busy={fetching}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {consent.label} stops authorizing posts at once: nothing more may be published under it. A revocation cannot
          be undone; the patient would sign a new authorization.
        </p>
      </ConfirmDialog>
    </section>
  );
}
