import { RadioGroup } from '@/ui/form/RadioGroup';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import type { ConsentSignerKind } from '@/generated/graphql';
import type { SigningFormProps } from './signingFormTypes';

const SIGNER_OPTIONS: { value: ConsentSignerKind; label: string }[] = [
  { value: 'PATIENT', label: 'The patient' },
  { value: 'REPRESENTATIVE', label: 'A personal representative (for example a parent or legal guardian)' },
];

/** Who signs: the patient, or a representative who says what entitles them; and the typed full name. */
export function SignerFields({ form }: SigningFormProps) {
  const { field, values } = form;
  return (
    <>
      <RadioGroup {...field('signerKind')} options={SIGNER_OPTIONS} />
      {values.signerKind === 'REPRESENTATIVE' && (
        <TextAreaField
          {...field('representativeAuthority')}
          required
          rows={2}
          hint="What allows you to act for the patient, for example parent, legal guardian or power of attorney."
        />
      )}
      <TextField {...field('signerName')} required autoComplete="name" hint="Your name is part of your signature." />
    </>
  );
}
