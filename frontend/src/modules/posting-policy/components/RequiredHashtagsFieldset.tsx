import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newHashtagsRow, type HashtagsRow } from '../utils/postingPolicyFormValues';
import { hashtagsRowLabel } from '../utils/validatePostingPolicyForm';

interface Props extends BoundField<HashtagsRow[]> {
  campaigns: readonly Option[];
}

/** Hashtags every channel text of a campaign's items must carry, one rule per campaign. */
export function RequiredHashtagsFieldset({ campaigns, ...field }: Props) {
  return (
    <RepeatableRows
      {...field}
      hint="Checked when an item of the campaign is submitted for review: every channel’s text must contain each hashtag."
      emptyText="No hashtags required."
      addLabel="Add campaign rule"
      newRow={() => newHashtagsRow()}
      rowName={(index) => hashtagsRowLabel(index).toLowerCase()}
      listClassName="policy-rows"
      rowClassName="policy-row policy-row--inline"
    >
      {(row, { index, id, update }) => (
        <>
          <SelectField
            id={`${id}-campaign`}
            label={`${hashtagsRowLabel(index)}: campaign`}
            value={row.campaignId}
            emptyLabel="Choose a campaign"
            options={campaigns}
            onChange={(campaignId) => update({ campaignId })}
          />
          <TextField
            id={`${id}-hashtags`}
            label={`${hashtagsRowLabel(index)}: hashtags`}
            hint="Separated by spaces or commas, e.g. #FluShot #GetVaccinated"
            value={row.hashtags}
            onChange={(hashtags) => update({ hashtags })}
            autoComplete="off"
          />
        </>
      )}
    </RepeatableRows>
  );
}
