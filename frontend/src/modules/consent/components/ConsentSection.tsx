import type { ReactNode } from 'react';
import { Fieldset } from '@/ui/form/Fieldset';

interface Props {
  id: string;
  /** The legend. */
  label: string;
  /** Where the regulation requires this element, e.g. "164.508(c)(1)(i)"; shown small under the legend. */
  citation?: string;
  /** What the section asks for, before the citation. */
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** One element of a HIPAA authorization on the record form: a fieldset with its legend and citation. */
export function ConsentSection({ id, label, citation, hint, error, children }: Props) {
  const note = [hint, citation && `45 CFR ${citation}`].filter(Boolean).join(' · ');
  return (
    <div className="consent-section">
      <Fieldset id={id} label={label} hint={note || undefined} error={error}>
        {children}
      </Fieldset>
    </div>
  );
}
