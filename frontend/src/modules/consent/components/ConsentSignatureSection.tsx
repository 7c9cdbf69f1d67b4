import { RadioGroup } from '@/ui/form/RadioGroup';
import { TextField } from '@/ui/form/TextField';
import { SIGNER_KIND_OPTIONS } from '../utils/consentLabels';
import type { ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

/** 164.508(c)(1)(vi): who signed, when, and a representative's authority. */
export function ConsentSignatureSection({ form }: ConsentSectionProps) {
  const { field, values } = form;
  return (
    <ConsentSection {...form.fieldset('signature')} citation="164.508(c)(1)(vi)">
      <RadioGroup {...field('signerKind')} options={SIGNER_KIND_OPTIONS} />
      <TextField {...field('signerName')} required autoComplete="off" />
      <TextField {...field('signedOn')} type="date" required hint="Today or earlier." className="input input--short" />
      {values.signerKind === 'REPRESENTATIVE' && (
        <TextField
          {...field('representativeAuthority')}
          required
          hint="Their authority to act for the patient, e.g. parent, legal guardian, power of attorney."
        />
      )}
    </ConsentSection>
  );
}
