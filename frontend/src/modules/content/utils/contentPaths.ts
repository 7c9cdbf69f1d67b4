export const CONTENT_LIST_PATH = '/content';
export const NEW_CONTENT_PATH = '/content/new';
export const REVIEW_QUEUE_PATH = '/content/review';
export const contentPath = (id: string) => `/content/${encodeURIComponent(id)}`;
export const contentEditPath = (id: string) => `${contentPath(id)}/edit`;
export const contentReviewPath = (id: string) => `${REVIEW_QUEUE_PATH}/${encodeURIComponent(id)}`;
export const TAKEDOWNS_PATH = '/content/takedowns';
