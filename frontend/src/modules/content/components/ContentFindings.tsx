import type { ContentDetailFragment } from '@/generated/graphql';
import { fieldText } from '../utils/phiFindings';
import { fieldLabel } from '../utils/contentFieldNames';
import { PhiFindingsList } from './PhiFindingsList';

/** What the PHI scanner finds in every text field now, by field, each marked covered by consent or not. */
export function ContentFindings({ content }: { content: ContentDetailFragment }) {
  const fields = [...new Set(content.phiFindings.map((finding) => finding.field))];
  if (fields.length === 0) return <p className="muted">The scanner finds no protected health information.</p>;
  return (
    <dl className="detail-list">
      {fields.map((field) => (
        <div key={field} className="detail-list__row">
          <dt>{fieldLabel(field)}</dt>
          <dd>
            <PhiFindingsList
              id={`content-findings-${field.replace(/\./g, '-')}`}
              text={fieldText(content, field)}
              findings={content.phiFindings.filter((finding) => finding.field === field)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
