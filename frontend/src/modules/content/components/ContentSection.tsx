import type { ReactNode } from 'react';
import type { ActionError } from '../utils/actionErrors';

/** The section that shows a field: a channel's text is among the previews, the title and consents in the overview. */
const pageSection = (section: string) =>
  section.startsWith('variants') ? 'variants' : section === 'title' || section === 'consents' ? 'overview' : section;

/** The id of a detail page section, so an action's error can link to what it is about. */
export const sectionId = (section: string) => `content-section-${pageSection(section)}`;

interface Props {
  section: string;
  title: string;
  /** The last action's errors about this section, shown under its heading. */
  errors?: readonly ActionError[];
  children: ReactNode;
}

/** A titled part of the detail page, with the errors an action found in it. */
export function ContentSection({ section, title, errors = [], children }: Props) {
  const id = sectionId(section);
  return (
    <section id={id} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {errors.map((error, index) => (
        <div key={index} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error.text}
          {error.findings.length > 0 && (
            <ul>
              {error.findings.map((finding) => (
                <li key={finding}>{finding}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {children}
    </section>
  );
}
