import { useEffect, useRef, useState } from 'react';
import { describedBy } from '@/ui/form/Field';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { KPI_METRIC_OPTIONS } from '../utils/campaignLabels';
import { newKpiTargetRow, type KpiTargetRow } from '../utils/campaignFormValues';

interface Props {
  id: string;
  rows: KpiTargetRow[];
  onChange: (rows: KpiTargetRow[]) => void;
  error?: string;
}

/** KPI targets as rows the user adds and removes. */
export function CampaignKpiTargetsFieldset({ id, rows, onChange, error }: Props) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const errorId = error ? `${id}-error` : undefined;

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
    <fieldset id={id} tabIndex={-1} className="fieldset" aria-describedby={describedBy(`${id}-hint`, errorId)}>
      <legend className="field__label">KPI targets</legend>
      <p id={`${id}-hint`} className="field__hint">
        Engagement rate is a percentage from 0 to 100.
      </p>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
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
    </fieldset>
  );
}
