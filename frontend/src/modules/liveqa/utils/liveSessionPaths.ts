/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const liveSessionPath = (id: string) => `/live-sessions/${encodeURIComponent(id)}`;
