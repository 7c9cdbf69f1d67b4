import { useEffect, useRef, useState } from 'react';
import type { Client } from 'urql';
import type { ParticipantClientFactory } from '../utils/createParticipantClient';

/**
 * One client per participant token (none before joining), disposed with its socket when the
 * token changes or the page goes. Null on the first render, until the effect has made it.
 */
export function useParticipantClient(
  token: string | null,
  createClient: ParticipantClientFactory,
  onUnauthorized: () => void,
): Client | null {
  const [client, setClient] = useState<{ token: string | null; client: Client } | null>(null);
  const onUnauthorizedRef = useRef(onUnauthorized);
  onUnauthorizedRef.current = onUnauthorized;

  useEffect(() => {
    const created = createClient(token, () => onUnauthorizedRef.current());
    setClient({ token, client: created.client });
    return created.dispose;
  }, [token, createClient]);

  // Never hand out the previous token's client, even for the render before the effect runs.
  return client && client.token === token ? client.client : null;
}
