import type { FormFields } from '@/ui/form/useFormFields';
import type { SigningField, SigningFormValues } from '../../utils/signingForm';

/** What each part of the signing form gets: the form's values and its bound fields. */
export interface SigningFormProps {
  form: FormFields<SigningFormValues, SigningField> & { values: SigningFormValues };
}
