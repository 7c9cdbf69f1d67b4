import { Fieldset } from '@/ui/form/Fieldset';
import { TextField } from '@/ui/form/TextField';
import type { FormFields } from '@/ui/form/useFormFields';
import type { CampaignFormField, CampaignFormValues } from '../utils/campaignFormValues';

export function CampaignBudgetFieldset({ fields }: { fields: FormFields<CampaignFormValues, CampaignFormField> }) {
  return (
    <Fieldset {...fields.fieldset('budget')}>
      <div className="field-row">
        <TextField
          {...fields.field('budgetAmount', 'amount')}
          label="Amount"
          hint="Leave empty for no budget. Up to two decimal places."
          inputMode="decimal"
        />
        <TextField
          {...fields.field('budgetCurrency', 'currency')}
          hint="Three-letter code, e.g. USD."
          maxLength={3}
          autoCapitalize="characters"
          className="input input--short"
        />
      </div>
    </Fieldset>
  );
}
