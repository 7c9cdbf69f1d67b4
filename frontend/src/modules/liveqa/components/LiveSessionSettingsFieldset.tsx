import type { ModerationMode } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { MODERATION_MODE_OPTIONS } from '../utils/liveSessionLabels';
import type { LiveSessionFormField, LiveSessionFormValues } from '../utils/liveSessionFormValues';

type SettingsKey =
  'anonymousQuestionsAllowed' | 'moderationMode' | 'questionLengthLimit' | 'questionsPerMinute' | 'profanityFilter';

interface Props {
  idPrefix: string;
  values: Pick<LiveSessionFormValues, SettingsKey>;
  onChange: <K extends SettingsKey>(key: K) => (value: LiveSessionFormValues[K]) => void;
  errors: Partial<Record<LiveSessionFormField, string>>;
}

export function LiveSessionSettingsFieldset({ idPrefix, values, onChange, errors }: Props) {
  const id = (field: LiveSessionFormField) => `${idPrefix}-${field}`;
  const errorId = errors.settings ? `${id('settings')}-error` : undefined;
  return (
    <fieldset
      id={id('settings')}
      tabIndex={-1}
      className={errors.settings ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={errorId}
    >
      <legend className="field__label">Question settings</legend>
      {errors.settings && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.settings}
        </p>
      )}
      <CheckboxField
        id={id('anonymousQuestionsAllowed')}
        label="Allow anonymous questions"
        checked={values.anonymousQuestionsAllowed}
        onChange={onChange('anonymousQuestionsAllowed')}
        error={errors.anonymousQuestionsAllowed}
      />
      <SelectField<ModerationMode>
        id={id('moderationMode')}
        label="Moderation mode"
        hint="Suspected personal health information is held back in either mode."
        options={MODERATION_MODE_OPTIONS}
        value={values.moderationMode}
        onChange={(mode) => {
          if (mode) onChange('moderationMode')(mode);
        }}
        error={errors.moderationMode}
      />
      <div className="field-row">
        <TextField
          id={id('questionLengthLimit')}
          label="Question length limit"
          hint="In characters."
          inputMode="numeric"
          className="input input--short"
          value={values.questionLengthLimit}
          onChange={onChange('questionLengthLimit')}
          error={errors.questionLengthLimit}
        />
        <TextField
          id={id('questionsPerMinute')}
          label="Questions per minute"
          hint="Per participant."
          inputMode="numeric"
          className="input input--short"
          value={values.questionsPerMinute}
          onChange={onChange('questionsPerMinute')}
          error={errors.questionsPerMinute}
        />
      </div>
      <CheckboxField
        id={id('profanityFilter')}
        label="Filter profanity"
        checked={values.profanityFilter}
        onChange={onChange('profanityFilter')}
        error={errors.profanityFilter}
      />
    </fieldset>
  );
}
