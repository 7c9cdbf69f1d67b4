/** Where the engagement CSV import lives (analytics' pages will sit beside it under /analytics). */
export const ENGAGEMENT_IMPORT_PATH = '/analytics/import';
