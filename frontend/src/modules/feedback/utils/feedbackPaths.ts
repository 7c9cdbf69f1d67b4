export const INBOX_PATH = '/inbox';
export const SAVED_REPLIES_PATH = '/inbox/saved-replies';
export const IMPORT_FEEDBACK_PATH = `${INBOX_PATH}/import`;
export const NEW_SAVED_REPLY_PATH = `${SAVED_REPLIES_PATH}/new`;

export const threadPath = (id: string) => `${INBOX_PATH}/${encodeURIComponent(id)}`;
export const savedReplyEditPath = (id: string) => `${SAVED_REPLIES_PATH}/${encodeURIComponent(id)}/edit`;
/** The inbox filtered, e.g. `?status=NEW`. */
export const inboxPathWith = (filters: Record<string, string>) => `${INBOX_PATH}?${new URLSearchParams(filters)}`;
