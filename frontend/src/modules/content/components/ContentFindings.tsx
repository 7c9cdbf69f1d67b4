import { useState } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import { PHI_TYPE_LABELS } from '@/modules/liveqa/utils/questionLabels';
import { Alert } from '@/ui/feedback/Alert';
import { formatDateTime } from '@/ui/utils/format';
import { fieldLabel } from '../utils/contentFieldNames';
import { personName } from '../utils/personName';
import { unmatchedOverrides } from '../utils/phiFindings';
import { PhiFindingItem } from './PhiFindingItem';

interface Props {
  content: ContentDetailFragment;
  /** Given to compliance officers only: they may override a blocking finding. */
  onChanged?: (content: ContentDetailFragment) => void;
}

const domId = (field: string) => `content-findings-${field.replace(/\./g, '-')}`;

/**
 * What the PHI scanner finds in every text field now, by field: each covered by a consent,
 * overridden, or blocking (with the override a compliance officer may give it).
 */
export function ContentFindings({ content, onChanged }: Props) {
  const [outcome, setOutcome] = useState<string>();
  const fields = [...new Set(content.phiFindings.map((finding) => finding.field))];
  const earlier = unmatchedOverrides(content);
  return (
    <>
      {onChanged && fields.length > 0 && (
        <p>
          As a compliance officer you may override a blocking finding that is not protected health information, or that
          may be published, with a justification.
        </p>
      )}
      <div role="status" className="content-findings__status">
        {outcome && (
          <Alert tone="success" live={false}>
            {outcome}
          </Alert>
        )}
      </div>
      {fields.length === 0 ? (
        <p className="muted">The scanner finds no protected health information.</p>
      ) : (
        <dl className="detail-list">
          {fields.map((field) => (
            <div key={field} className="detail-list__row">
              <dt>{fieldLabel(field)}</dt>
              <dd>
                <ul id={domId(field)} className="phi-findings__list">
                  {content.phiFindings
                    .filter((finding) => finding.field === field)
                    .map((finding) => {
                      const id = `${domId(field)}-${finding.type}-${finding.start}-${finding.end}`;
                      return (
                        <PhiFindingItem
                          key={id}
                          id={id}
                          content={content}
                          finding={finding}
                          onChanged={onChanged}
                          onOverridden={setOutcome}
                        />
                      );
                    })}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {earlier.length > 0 && (
        <>
          <h3>Earlier overrides</h3>
          <p className="muted">Their text is no longer in the field; they hold again if it comes back.</p>
          <ul className="content-history">
            {earlier.map((override, index) => (
              <li key={index} className="content-history__item">
                <strong>
                  {fieldLabel(override.field)}: possible {PHI_TYPE_LABELS[override.type]} “{override.quote}”
                </strong>
                <p className="content-history__notes">
                  Overridden by {personName(override.by)},{' '}
                  <time dateTime={override.at}>{formatDateTime(override.at)}</time>: “{override.justification}”
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
