/** The server's limits on a thread's or a saved reply's tags. */
export const TAGS_MAX = 20;
export const TAG_LENGTH_MAX = 40;
/** The tag the organisation's compliant saved replies carry, from which the reply guard suggests one. */
export const HIPAA_SAFE_TAG = 'hipaa-safe';

/** What is wrong with a list of tags, as the server would say it; undefined when nothing. */
export function validateTags(tags: readonly string[]): string | undefined {
  if (tags.length > TAGS_MAX) return `Use ${TAGS_MAX} tags or fewer (${tags.length} now)`;
  const long = tags.find((tag) => tag.length > TAG_LENGTH_MAX);
  if (long) return `Keep each tag to ${TAG_LENGTH_MAX} characters or fewer: “${long.slice(0, 30)}…” is longer`;
  return undefined;
}
