/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const segmentPath = (id: string) => `/segments/${encodeURIComponent(id)}`;
export const segmentEditPath = (id: string) => `${segmentPath(id)}/edit`;
