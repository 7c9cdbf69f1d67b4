import type { FormFields } from '@/ui/form/useFormFields';
import type { ConsentFormField, ConsentFormValues } from '../utils/consentFormValues';

/** What each section of the record form gets: the form's values and its bound fields. */
export interface ConsentSectionProps {
  form: FormFields<ConsentFormValues, ConsentFormField> & { values: ConsentFormValues };
}

/** A list value with `item` added or taken out. */
export const toggled = <V>(list: readonly V[], item: V, on: boolean): V[] =>
  on ? [...list.filter((value) => value !== item), item] : list.filter((value) => value !== item);
