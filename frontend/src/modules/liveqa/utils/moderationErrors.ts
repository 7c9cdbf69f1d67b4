import type { UserErrorFieldsFragment } from '@/generated/graphql';

/**
 * What a moderator reads when an action was refused. Suspected PHI gets a message that says
 * what to do, as the question cannot be approved as it stands.
 */
export function describeModerationErrors(userErrors: readonly UserErrorFieldsFragment[]): string {
  return userErrors
    .map((error) =>
      error.code === 'PHI_SUSPECTED'
        ? 'This question seems to contain personal health information. Edit it to remove the highlighted details, then approve it.'
        : error.message,
    )
    .join(' ');
}
