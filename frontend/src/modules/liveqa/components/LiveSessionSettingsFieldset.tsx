import type { ModerationMode } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import type { FormFields } from '@/ui/form/useFormFields';
import { MODERATION_MODE_OPTIONS } from '../utils/liveSessionLabels';
import type { LiveSessionFormField, LiveSessionFormValues } from '../utils/liveSessionFormValues';

export function LiveSessionSettingsFieldset({
  fields: { field, fieldset },
}: {
  fields: FormFields<LiveSessionFormValues, LiveSessionFormField>;
}) {
  const mode = field('moderationMode');
  return (
    <Fieldset {...fieldset('settings')}>
      <CheckboxField {...field('anonymousQuestionsAllowed')} />
      <SelectField<ModerationMode>
        {...mode}
        hint="Suspected personal health information is held back in either mode."
        options={MODERATION_MODE_OPTIONS}
        onChange={(value) => {
          // The select has no empty choice, so it never answers ''.
          if (value) mode.onChange(value);
        }}
      />
      <div className="field-row">
        <TextField
          {...field('questionLengthLimit')}
          hint="In characters."
          inputMode="numeric"
          className="input input--short"
        />
        <TextField
          {...field('questionsPerMinute')}
          hint="Per participant."
          inputMode="numeric"
          className="input input--short"
        />
      </div>
      <CheckboxField {...field('profanityFilter')} />
      <CheckboxField
        {...field('earlyQuestionsAllowed')}
        hint="The audience may join and ask while the session is scheduled; moderation works the same."
      />
      <CheckboxField
        {...field('publishRecap')}
        hint="After the end, the session's page shows its answered questions to anyone with the link or code."
      />
    </Fieldset>
  );
}
