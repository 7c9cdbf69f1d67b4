import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { KPI_METRIC_OPTIONS } from '../utils/campaignLabels';
import { newKpiTargetRow, type KpiTargetRow } from '../utils/campaignFormValues';

/** KPI targets as rows the user adds and removes. */
export function CampaignKpiTargetsFieldset(field: BoundField<KpiTargetRow[]>) {
  return (
    <RepeatableRows
      {...field}
      hint="Engagement rate is a percentage from 0 to 100."
      emptyText="No KPI targets yet."
      addLabel="Add KPI target"
      newRow={() => newKpiTargetRow()}
      rowName={(index) => `KPI target ${index + 1}`}
      listClassName="kpi-rows"
      rowClassName="kpi-row"
    >
      {(row, { index, id, update }) => (
        <>
          <SelectField
            id={`${id}-metric`}
            label={`Metric ${index + 1}`}
            value={row.metric}
            emptyLabel="Choose a metric"
            options={KPI_METRIC_OPTIONS}
            onChange={(metric) => update({ metric })}
          />
          <TextField
            id={`${id}-target`}
            label={`Target ${index + 1}`}
            inputMode="decimal"
            value={row.target}
            onChange={(target) => update({ target })}
          />
        </>
      )}
    </RepeatableRows>
  );
}
