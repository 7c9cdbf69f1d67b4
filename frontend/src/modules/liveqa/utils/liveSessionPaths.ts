/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const liveSessionPath = (id: string) => `/live-sessions/${encodeURIComponent(id)}`;
export const liveSessionConsolePath = (id: string) => `${liveSessionPath(id)}/console`;
export const liveSessionEditPath = (id: string) => `${liveSessionPath(id)}/edit`;
export const liveSessionProjectorPath = (id: string) => `${liveSessionPath(id)}/projector`;

/** The public audience page: no sign-in, routed outside the authenticated app. */
export const AUDIENCE_PATH_PREFIX = '/live/';
export const audiencePath = (joinCode: string) => `${AUDIENCE_PATH_PREFIX}${encodeURIComponent(joinCode)}`;
