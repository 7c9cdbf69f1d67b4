import { useEffect, useRef, useState } from 'react';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { KPI_METRIC_OPTIONS } from '../utils/campaignLabels';
import { newKpiTargetRow, type KpiTargetRow } from '../utils/campaignFormValues';

/** KPI targets as rows the user adds and removes. */
export function CampaignKpiTargetsFieldset({ id, label, value: rows, onChange, error }: BoundField<KpiTargetRow[]>) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (addedKey) document.getElementById(`${id}-${addedKey}-metric`)?.focus();
  }, [addedKey, id]);

  const update = (key: string, change: Partial<KpiTargetRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newKpiTargetRow();
    onChange([...rows, row]);
    setAddedKey(row.key);
  };
  const remove = (key: string) => {
    onChange(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <Fieldset id={id} label={label} hint="Engagement rate is a percentage from 0 to 100." error={error}>
      {rows.length === 0 && <p className="muted">No KPI targets yet.</p>}
      <ol className="kpi-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="kpi-row">
            <SelectField
              id={`${id}-${row.key}-metric`}
              label={`Metric ${index + 1}`}
              value={row.metric}
              emptyLabel="Choose a metric"
              options={KPI_METRIC_OPTIONS}
              onChange={(metric) => update(row.key, { metric })}
            />
            <TextField
              id={`${id}-${row.key}-target`}
              label={`Target ${index + 1}`}
              inputMode="decimal"
              value={row.target}
              onChange={(target) => update(row.key, { target })}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove KPI target ${index + 1}`}
              onClick={() => remove(row.key)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add KPI target
      </button>
    </Fieldset>
  );
}
