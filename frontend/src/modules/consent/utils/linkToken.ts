/**
 * The token of a signing or revocation link (`/consent#<token>`): it travels in the fragment,
 * which browsers never send to a server, and is taken out of the address bar as soon as the page
 * starts, so it stays out of the history, bookmarks and screenshots. The page keeps it in memory.
 */

/** base64url and the like (the server's are 43 characters): anything else is not a link's token. */
const TOKEN = /^[A-Za-z0-9._~-]{20,512}$/;

/** The token in a location's fragment ("#abc", "#token=abc"); null when there is none. */
export function tokenFromHash(hash: string): string | null {
  let value = hash.replace(/^#/, '').trim();
  if (value.startsWith('token=')) value = value.slice('token='.length);
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  return TOKEN.test(value) ? value : null;
}

interface AddressBar {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

const taken = new Map<string, string | null>();

/**
 * Reads the token from the address's fragment and replaces the address with the same path
 * without it (no new history entry). The same page asking again (React's strict mode renders
 * twice) gets the token it took, from memory only.
 */
export function takeLinkToken(bar: AddressBar = window): string | null {
  const { pathname, search, hash } = bar.location;
  if (!hash && taken.has(pathname)) return taken.get(pathname) ?? null;
  const token = tokenFromHash(hash);
  if (hash) bar.history.replaceState(bar.history.state, '', pathname + search);
  taken.set(pathname, token);
  return token;
}
