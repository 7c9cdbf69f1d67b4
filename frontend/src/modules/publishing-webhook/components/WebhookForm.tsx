import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import {
  validateWebhookForm,
  WEBHOOK_FORM_FIELDS,
  type WebhookFormField,
  type WebhookFormValues,
} from '../utils/webhookUrl';

const ID = 'publishing-webhook';
const fieldId = (field: WebhookFormField) => `${ID}-${field}`;
const EMPTY: WebhookFormValues = { url: '' };

interface Props {
  /** A webhook is set already: this form replaces it. */
  replacing: boolean;
  onSubmit: (url: string) => Promise<SubmitOutcome>;
}

/** The address posts are sent to: checked here for https://, by the server for a public host. */
export function WebhookForm({ replacing, onSubmit }: Props) {
  const label = replacing ? 'New webhook address' : 'Webhook address';
  const form = useMutationForm({
    initialValues: EMPTY,
    fields: WEBHOOK_FORM_FIELDS,
    labels: { url: label },
    fieldId,
    validate: validateWebhookForm,
    submit: (values) => onSubmit(values.url.trim()),
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      <TextField
        {...form.field('url')}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        hint={
          replacing
            ? 'Posts go to the new address from the next one on, signed with a new secret: the current secret stops working, so your receiver needs the new one.'
            : 'An https:// address on the public internet, such as a Zapier, Make or Buffer webhook, or your own service.'
        }
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : replacing ? 'Replace webhook' : 'Set webhook'}
        </button>
      </div>
    </form>
  );
}
