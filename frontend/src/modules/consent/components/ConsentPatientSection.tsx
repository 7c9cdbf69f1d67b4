import { TextField } from '@/ui/form/TextField';
import type { ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

export function ConsentPatientSection({ form }: ConsentSectionProps) {
  const { field } = form;
  return (
    <ConsentSection
      {...form.fieldset('patient')}
      hint="Who the authorization is about, as on the signed form. Every later read of these details is logged."
    >
      <TextField {...field('name')} required autoComplete="off" />
      <TextField {...field('dateOfBirth')} type="date" required className="input input--short" />
      <div className="field-row">
        <TextField {...field('email')} type="email" autoComplete="off" hint="Optional." />
        <TextField {...field('phone')} type="tel" autoComplete="off" hint="Optional." />
      </div>
    </ConsentSection>
  );
}
