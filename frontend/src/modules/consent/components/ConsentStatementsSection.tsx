import type { ConsentStatementKind } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { REQUIRED_STATEMENTS } from '../utils/consentFormValues';
import { STATEMENT_LABELS } from '../utils/consentLabels';
import { toggled, type ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

/**
 * 164.508(c)(2)'s statements, each acknowledged by the patient, and 164.508(a)(3)'s when a third
 * party pays. Without `acknowledgements` (a request the patient signs online, ticking them there)
 * only the terms: how to revoke and who pays.
 */
export function ConsentStatementsSection({
  form,
  acknowledgements = true,
}: ConsentSectionProps & { acknowledgements?: boolean }) {
  const { field, values } = form;
  const statement = (kind: ConsentStatementKind) => {
    const bound = field('acknowledged', kind);
    return (
      <CheckboxField
        key={kind}
        {...bound}
        label={STATEMENT_LABELS[kind]}
        value={bound.value.includes(kind)}
        onChange={(on) => bound.onChange(toggled(bound.value, kind, on))}
      />
    );
  };
  return (
    <ConsentSection
      {...form.fieldset('acknowledgedStatements')}
      citation="164.508(c)(2), 164.508(a)(3)"
      hint={
        acknowledgements
          ? 'Tick each statement the patient acknowledged.'
          : 'The patient acknowledges each statement when signing online.'
      }
    >
      <TextAreaField
        {...field('revocationInstructions')}
        required
        hint="Where to write to revoke, e.g. the Privacy Office’s postal and email address."
      />
      {acknowledgements && REQUIRED_STATEMENTS.map(statement)}
      <CheckboxField
        {...field('financialRemuneration')}
        label="A third party pays the organisation for the marketing this allows"
      />
      {values.financialRemuneration && (
        <>
          {acknowledgements && statement('REMUNERATION')}
          <TextField {...field('remunerationSource')} required hint="The third party that pays." />
        </>
      )}
    </ConsentSection>
  );
}
