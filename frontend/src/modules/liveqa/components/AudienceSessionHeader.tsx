import type { AudienceSessionFieldsFragment, LiveSessionStatus } from '@/generated/graphql';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import { formatDateTime } from '@/ui/utils/format';
import { formatHost } from '../utils/formatHost';
import { LiveSessionStatusBadge } from './LiveSessionStatusBadge';
import '../styles/liveqa.css';

interface Props {
  session: AudienceSessionFieldsFragment;
  /** As the feed last said, which may be newer than the session as loaded. */
  status: LiveSessionStatus;
  displayName: string | null;
}

export function AudienceSessionHeader({ session, status, displayName }: Props) {
  useDocumentTitle(session.title);
  return (
    <header className="audience-header">
      <h1>{session.title}</h1>
      <p className="audience-header__host">
        With {formatHost(session.host)} <LiveSessionStatusBadge status={status} />
      </p>
      {status === 'SCHEDULED' && <p>Starts {formatDateTime(session.scheduledStart)}.</p>}
      {session.description && <p>{session.description}</p>}
      {session.streamUrl && (
        <p>
          <a href={session.streamUrl} target="_blank" rel="noopener noreferrer">
            Watch the stream<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      <p className="muted">{displayName ? `You joined as ${displayName}.` : 'You joined anonymously.'}</p>
    </header>
  );
}
