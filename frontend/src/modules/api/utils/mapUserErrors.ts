import type { UserErrorFieldsFragment } from '@/generated/graphql';

export interface MappedUserErrors<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  /** Errors that belong to no field of the form, e.g. NOT_FOUND on the id. */
  formErrors: string[];
  /** Someone else saved the object after it was read (stale expectedVersion). */
  conflict: boolean;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/**
 * Ties each userError to a form field: the last element of its `field` path that the form
 * knows (["input", "endDate"] → endDate; ["input", "budget", "amount"] → amount). A list index
 * in the path ("kpiTargets", "1", "target") is kept in the message as the item number.
 */
export function mapUserErrors<F extends string>(
  userErrors: readonly UserErrorFieldsFragment[],
  fields: readonly F[],
): MappedUserErrors<F> {
  const result: MappedUserErrors<F> = { fieldErrors: {}, formErrors: [], conflict: false };
  for (const error of userErrors) {
    if (error.code === 'CONFLICT') {
      result.conflict = true;
      continue;
    }
    const path = error.field ?? [];
    const position = path.findLastIndex((segment) => (fields as readonly string[]).includes(segment));
    if (position < 0) {
      result.formErrors.push(error.message);
      continue;
    }
    const field = path[position] as F;
    const index = path.slice(position + 1).find(isIndex);
    const message = index === undefined ? error.message : `Item ${Number(index) + 1}: ${error.message}`;
    const existing = result.fieldErrors[field];
    result.fieldErrors[field] = existing ? `${existing} ${message}` : message;
  }
  return result;
}

export const hasUserErrors = <F extends string>(mapped: MappedUserErrors<F>) =>
  mapped.conflict || mapped.formErrors.length > 0 || Object.keys(mapped.fieldErrors).length > 0;
