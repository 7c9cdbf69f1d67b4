import type { CampaignFormField, CampaignFormValues } from './campaignFormValues';

const DECIMAL = /^\d+(\.\d{1,2})?$/;
const CURRENCY = /^[A-Za-z]{3}$/;

/**
 * Catches what GraphQL could not even parse (an empty enum, a non-number) before sending;
 * business rules such as the end date stay with the server and come back as userErrors.
 */
export function validateCampaignForm(values: CampaignFormValues): Partial<Record<CampaignFormField, string>> {
  const errors: Partial<Record<CampaignFormField, string>> = {};
  if (!values.name.trim()) errors.name = 'Enter a name.';
  if (!values.objective) errors.objective = 'Choose an objective.';
  if (!values.startDate) errors.startDate = 'Enter a start date.';
  const badRow = values.kpiTargets.findIndex(
    (row) => !row.metric || !Number.isFinite(Number(row.target)) || row.target.trim() === '',
  );
  if (badRow >= 0) errors.kpiTargets = `Item ${badRow + 1}: choose a metric and enter a number.`;
  const amount = values.budgetAmount.trim();
  if (amount && !DECIMAL.test(amount)) errors.amount = 'Enter an amount such as 1500 or 1500.50.';
  if (amount && !CURRENCY.test(values.budgetCurrency.trim()))
    errors.currency = 'Enter a three-letter currency code such as USD.';
  return errors;
}
