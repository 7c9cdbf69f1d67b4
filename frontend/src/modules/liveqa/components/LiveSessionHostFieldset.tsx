import { Fieldset } from '@/ui/form/Fieldset';
import { TextField } from '@/ui/form/TextField';
import type { FormFields } from '@/ui/form/useFormFields';
import type { LiveSessionFormField, LiveSessionFormValues } from '../utils/liveSessionFormValues';

export function LiveSessionHostFieldset({
  fields,
}: {
  fields: FormFields<LiveSessionFormValues, LiveSessionFormField>;
}) {
  return (
    <Fieldset {...fields.fieldset('host')}>
      <TextField
        {...fields.field('hostName', 'name')}
        hint="The clinician answering questions."
        required
        autoComplete="off"
      />
      <TextField {...fields.field('hostCredentials', 'credentials')} hint="e.g. MD, Pediatrics" autoComplete="off" />
    </Fieldset>
  );
}
