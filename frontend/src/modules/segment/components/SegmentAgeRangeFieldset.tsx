import { Fieldset } from '@/ui/form/Fieldset';
import { TextField } from '@/ui/form/TextField';
import type { FormFields } from '@/ui/form/useFormFields';
import type { SegmentFormField, SegmentFormValues } from '../utils/segmentFormValues';

export function SegmentAgeRangeFieldset({ fields }: { fields: FormFields<SegmentFormValues, SegmentFormField> }) {
  return (
    <Fieldset {...fields.fieldset('ageRange')} hint="In years, both ends included. Leave both empty for any age.">
      <div className="field-row">
        <TextField {...fields.field('ageMin', 'min')} inputMode="numeric" className="input input--short" />
        <TextField {...fields.field('ageMax', 'max')} inputMode="numeric" className="input input--short" />
      </div>
    </Fieldset>
  );
}
