/** The analytics home. */
export const ANALYTICS_PATH = '/analytics';
/** Where the engagement CSV import lives. */
export const ENGAGEMENT_IMPORT_PATH = '/analytics/import';
