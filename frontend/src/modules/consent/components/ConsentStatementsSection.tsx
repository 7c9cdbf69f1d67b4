import type { ConsentStatementKind } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { REQUIRED_STATEMENTS } from '../utils/consentFormValues';
import { STATEMENT_LABELS } from '../utils/consentLabels';
import { toggled, type ConsentSectionProps } from './consentFormTypes';
import { ConsentSection } from './ConsentSection';

/** 164.508(c)(2)'s statements, each acknowledged by the patient, and 164.508(a)(3)'s when a third party pays. */
export function ConsentStatementsSection({ form }: ConsentSectionProps) {
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
      hint="Tick each statement the patient acknowledged."
    >
      <TextAreaField
        {...field('revocationInstructions')}
        required
        hint="Where to write to revoke, e.g. the Privacy Office’s postal and email address."
      />
      {REQUIRED_STATEMENTS.map(statement)}
      <CheckboxField
        {...field('financialRemuneration')}
        label="A third party pays the organisation for the marketing this allows"
      />
      {values.financialRemuneration && (
        <>
          {statement('REMUNERATION')}
          <TextField {...field('remunerationSource')} required hint="The third party that pays." />
        </>
      )}
    </ConsentSection>
  );
}
