import type { PostingTargetInput, UserErrorFieldsFragment } from '@/generated/graphql';
import { postingTargetField } from './postingTargets';

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/**
 * The API names a posting target's mistake by its index in the list sent (["input",
 * "postingTargets", "1", "postsPerWeek"]); the form has an input per channel. Renames the path to
 * that channel's input (["input", "postingTargets.X"]), from the target sent at that index. An
 * error whose index names nothing sent is left as it is, so it shows for the whole form.
 */
export function routePostingTargetErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  sent: readonly PostingTargetInput[] | null | undefined,
): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('postingTargets');
    const index = path[at + 1];
    if (at < 0 || !isIndex(index)) return error;
    const target = sent?.[Number(index)];
    return target ? { ...error, field: [...path.slice(0, at), postingTargetField(target.channel)] } : error;
  });
}
