/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const consentPath = (id: string) => `/consents/${encodeURIComponent(id)}`;
export const CONSENTS_PATH = '/consents';
export const NEW_CONSENT_PATH = '/consents/new';
