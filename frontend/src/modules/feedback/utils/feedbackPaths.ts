export const INBOX_PATH = '/inbox';
export const SAVED_REPLIES_PATH = '/inbox/saved-replies';
export const IMPORT_FEEDBACK_PATH = `${INBOX_PATH}/import`;
export const NEW_SAVED_REPLY_PATH = `${SAVED_REPLIES_PATH}/new`;
/** The themes and sentiment of the inbox's messages (and of survey answers and live questions). */
export const THEMES_PATH = '/themes';

export const threadPath = (id: string) => `${INBOX_PATH}/${encodeURIComponent(id)}`;
export const savedReplyEditPath = (id: string) => `${SAVED_REPLIES_PATH}/${encodeURIComponent(id)}/edit`;
/** The inbox filtered, e.g. `?status=NEW`. */
export const inboxPathWith = (filters: Record<string, string>) => `${INBOX_PATH}?${new URLSearchParams(filters)}`;

/**
 * The inbox's threads of a theme, received in the days of the themes page's period (both
 * included), of its source if it has one.
 */
export const themeThreadsPath = (theme: string, days: { from: string; to: string }, source?: string) =>
  inboxPathWith({ theme, createdFrom: days.from, createdTo: days.to, ...(source ? { source } : {}) });
