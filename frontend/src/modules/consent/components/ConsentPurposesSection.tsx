import { CheckboxField } from '@/ui/form/CheckboxField';
import { TextField } from '@/ui/form/TextField';
import { PURPOSE_OPTIONS } from '../utils/consentLabels';
import { toggled, type ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

/** 164.508(c)(1)(iv): each purpose ticked, in the authorization's own words if it has any. */
export function ConsentPurposesSection({ form }: ConsentSectionProps) {
  const kinds = form.field('purposeKinds', 'purposes');
  const words = form.field('purposeWords', 'purposes');
  return (
    <ConsentSection {...form.fieldset('purposes')} citation="164.508(c)(1)(iv)" hint="Tick at least one.">
      <ul className="consent-purposes">
        {PURPOSE_OPTIONS.map(({ value: kind, label }) => (
          <li key={kind}>
            <CheckboxField
              id={`${kinds.id}-${kind}`}
              label={label}
              value={kinds.value.includes(kind)}
              onChange={(on) => kinds.onChange(toggled(kinds.value, kind, on))}
            />
            {kinds.value.includes(kind) && (
              <TextField
                id={`${kinds.id}-${kind}-words`}
                label={`${label} in the authorization’s words`}
                hint="Optional."
                value={words.value[kind] ?? ''}
                onChange={(text) => words.onChange({ ...words.value, [kind]: text })}
              />
            )}
          </li>
        ))}
      </ul>
    </ConsentSection>
  );
}
