import { useCopyToClipboard } from '../hooks/useCopyToClipboard';
import './copyable.css';

interface Props {
  id: string;
  label: string;
  value: string;
  /** What the Copy button says, e.g. "Copy link". */
  copyLabel?: string;
}

/**
 * A value to copy (a link): read-only in a text box that selects itself on focus, a Copy button,
 * and a polite status that says whether copying worked (a browser may refuse the clipboard).
 */
export function CopyableText({ id, label, value, copyLabel = 'Copy' }: Props) {
  const { copy, copyValue } = useCopyToClipboard(value);

  return (
    <div className="field copyable">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copyable__row">
        <input id={id} className="input copyable__value" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void copyValue()}>
          {copyLabel}
        </button>
      </div>
      <p className="copyable__status" role="status">
        {copy === 'copied' && 'Copied.'}
        {copy === 'failed' && 'Copying was blocked by the browser: select the text and copy it yourself.'}
      </p>
    </div>
  );
}
