import { Fieldset } from '@/ui/form/Fieldset';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import {
  MAX_POSTS_PER_WEEK,
  POSTING_TARGET_CHANNELS,
  postingTargetField,
  type PostingTargetField,
} from '../utils/postingTargets';
import '../styles/organization.css';

interface Props {
  id: string;
  /** The form's binding of each channel's input (useMutationForm's `field`). */
  field: (name: PostingTargetField) => BoundField<string>;
}

/** Posts a week the organisation aims for, per channel: what the content calendar compares each week with. */
export function PostingTargetsFieldset({ id, field }: Props) {
  return (
    <Fieldset
      id={id}
      label="Posts per week we aim for"
      hint={`A whole number from 0 to ${MAX_POSTS_PER_WEEK} for each channel you set a target for; leave the others blank. The content calendar shows each week’s posts against it.`}
    >
      <div className="posting-targets">
        {POSTING_TARGET_CHANNELS.map((channel) => (
          <TextField
            key={channel}
            {...field(postingTargetField(channel))}
            inputMode="numeric"
            autoComplete="off"
            className="input input--short"
          />
        ))}
      </div>
    </Fieldset>
  );
}
