import { CheckboxField } from '@/ui/form/CheckboxField';
import { CheckboxGroup } from '@/ui/form/CheckboxGroup';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { CATEGORY_OPTIONS, CONSENT_CHANNEL_OPTIONS } from '../utils/consentLabels';
import type { ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

/** 164.508(c)(1)(i)–(iii): what is disclosed, who may disclose it and who receives it. */
export function ConsentDisclosureSections({ form }: ConsentSectionProps) {
  const { field } = form;
  return (
    <>
      <ConsentSection id="consent-section-information" label="What is disclosed" citation="164.508(c)(1)(i)">
        <TextAreaField
          {...field('informationDescription')}
          required
          hint="Specific and meaningful, in the authorization’s words, e.g. “My recovery story and two photos taken on the ward.”"
        />
        <CheckboxGroup {...field('categories')} options={CATEGORY_OPTIONS} hint="Tick at least one." />
      </ConsentSection>
      <ConsentSection
        {...form.fieldset('disclosers')}
        citation="164.508(c)(1)(ii)"
        hint="The organisation, named staff, or both."
      >
        <CheckboxField {...field('disclosedByOrganization')} label="The organisation as a whole may disclose" />
        <TextAreaField {...field('disclosingStaff')} hint="Optional. One name per line." />
      </ConsentSection>
      <ConsentSection
        id="consent-section-recipients"
        label="Who receives it"
        citation="164.508(c)(1)(iii)"
        hint="The public, through these channels."
      >
        <CheckboxGroup
          {...field('channels')}
          label="Channels"
          options={CONSENT_CHANNEL_OPTIONS}
          hint="Tick at least one."
        />
      </ConsentSection>
    </>
  );
}
