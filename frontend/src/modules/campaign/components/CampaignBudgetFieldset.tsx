import { TextField } from '@/ui/form/TextField';

interface Props {
  idPrefix: string;
  amount: string;
  currency: string;
  onAmountChange: (amount: string) => void;
  onCurrencyChange: (currency: string) => void;
  errors: { budget?: string; amount?: string; currency?: string };
}

export function CampaignBudgetFieldset({
  idPrefix,
  amount,
  currency,
  onAmountChange,
  onCurrencyChange,
  errors,
}: Props) {
  const errorId = errors.budget ? `${idPrefix}-budget-error` : undefined;
  return (
    <fieldset id={`${idPrefix}-budget`} tabIndex={-1} className="fieldset" aria-describedby={errorId}>
      <legend className="field__label">Budget</legend>
      {errors.budget && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.budget}
        </p>
      )}
      <div className="field-row">
        <TextField
          id={`${idPrefix}-amount`}
          label="Amount"
          hint="Leave empty for no budget. Up to two decimal places."
          inputMode="decimal"
          value={amount}
          onChange={onAmountChange}
          error={errors.amount}
        />
        <TextField
          id={`${idPrefix}-currency`}
          label="Currency"
          hint="Three-letter code, e.g. USD."
          maxLength={3}
          autoCapitalize="characters"
          className="input input--short"
          value={currency}
          onChange={onCurrencyChange}
          error={errors.currency}
        />
      </div>
    </fieldset>
  );
}
