/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
export const campaignEditPath = (id: string) => `${campaignPath(id)}/edit`;
