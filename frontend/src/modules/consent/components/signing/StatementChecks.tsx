import type { ConsentStatementKind } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { Fieldset } from '@/ui/form/Fieldset';
import { toggled } from '../consentFormTypes';
import type { SigningFormProps } from './signingFormTypes';

interface Props extends SigningFormProps {
  statements: readonly { kind: ConsentStatementKind; text: string }[];
}

/** 164.508(c)(2): each statement in the authorization's own words, each with its own box, all required. */
export function StatementChecks({ form, statements }: Props) {
  return (
    <Fieldset {...form.fieldset('acknowledgedStatements')} label="Please confirm each statement" hint="Tick every box.">
      {statements.map(({ kind, text }) => {
        const bound = form.field('acknowledged', kind);
        return (
          <CheckboxField
            key={kind}
            {...bound}
            label={text}
            value={bound.value.includes(kind)}
            onChange={(on) => bound.onChange(toggled(bound.value, kind, on))}
          />
        );
      })}
    </Fieldset>
  );
}
