import { Link } from 'react-router';
import { inboxPathWith } from '../utils/feedbackPaths';
import type { ThemeLabeller } from '../utils/themeLabels';

interface Props {
  /** The thread's theme keys. */
  themes: readonly string[];
  labelOf: ThemeLabeller;
}

/** A thread's themes by their labels, each a link to the inbox's threads of that theme. */
export function ThemeChips({ themes, labelOf }: Props) {
  if (themes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="tag-list theme-chips">
      {themes.map((key) => (
        <li key={key} className="tag">
          <Link to={inboxPathWith({ theme: key })} aria-label={`${labelOf(key)}: threads of this theme`}>
            {labelOf(key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
