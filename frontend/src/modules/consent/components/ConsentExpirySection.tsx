import { RadioGroup } from '@/ui/form/RadioGroup';
import { TextField } from '@/ui/form/TextField';
import type { ExpiryKind } from '../utils/consentFormValues';
import type { ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

const EXPIRY_OPTIONS: { value: ExpiryKind; label: string }[] = [
  { value: 'DATE', label: 'On a date' },
  { value: 'EVENT', label: 'When an event happens' },
];

/** 164.508(c)(1)(v): an expiration date, or an event that ends the authorization. */
export function ConsentExpirySection({ form }: ConsentSectionProps) {
  const { field, values } = form;
  const kind = field('expiryKind', 'expiry');
  return (
    <ConsentSection {...form.fieldset('expiry')} citation="164.508(c)(1)(v)">
      <RadioGroup
        id="consent-expiryKind"
        label="It ends"
        value={kind.value}
        onChange={kind.onChange}
        options={EXPIRY_OPTIONS}
      />
      {values.expiryKind === 'DATE' ? (
        <TextField
          {...field('expiresOn')}
          type="date"
          required
          hint="The last day it is in effect: today or later."
          className="input input--short"
        />
      ) : (
        <TextField
          {...field('expirationEvent')}
          required
          hint="In the authorization’s words, e.g. “The end of the Movember 2026 campaign.”"
        />
      )}
    </ConsentSection>
  );
}
