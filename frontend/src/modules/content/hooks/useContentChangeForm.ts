import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import type { ContentDetailFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { mapUserErrors } from '@/modules/api/utils/mapUserErrors';

interface Payload {
  content?: ContentDetailFragment | null;
  userErrors: readonly UserErrorFieldsFragment[];
}

interface Options<F extends string> {
  fields: readonly F[];
  /** The DOM id of each field's control, to move focus to the first problem. */
  fieldId: (field: F) => string;
  /** Path segments the server uses for a field, e.g. { start: 'words' } for ["input", "anchor", "start"]. */
  aliases?: Partial<Record<string, F>>;
  /** Shows the answered item at once (the page's useNewestVersion). */
  onChanged: (content: ContentDetailFragment) => void;
}

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * A small form of the detail page that changes the item — a comment, a reply, a PHI override:
 * its own checks and the payload's userErrors under their fields, any other refusal or a failed
 * request above its buttons, and focus on the first problem after each attempt.
 */
export function useContentChangeForm<F extends string>({ fields, fieldId, aliases = {}, onChanged }: Options<F>) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const formErrorId = `${useId()}-error`;
  const focusPending = useRef(false);

  // After the render that shows an attempt's problems: the first field in error, else the form's error.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const first = fields.find((field) => errors[field]);
    document.getElementById(first ? fieldId(first) : formErrorId)?.focus();
  });

  const fail = useCallback((found: FieldErrors<F>, message?: string) => {
    setErrors(found);
    setFormError(message);
    focusPending.current = true;
  }, []);

  /** The form's own checks: false (and the problems shown) when any field has one. */
  const check = (found: FieldErrors<F>) => {
    if (Object.values(found).some(Boolean)) {
      fail(found);
      return false;
    }
    return true;
  };

  /** Runs the mutation; the payload when it changed the item, else null with the problems shown. */
  const submit = async <P extends Payload>(
    mutate: () => Promise<{ payload: P | null | undefined; error?: CombinedError }>,
  ): Promise<P | null> => {
    setBusy(true);
    const { payload, error } = await mutate();
    setBusy(false);
    if (error || !payload) {
      fail({}, error ? describeGraphqlError(error) : 'The change was not saved. Try again.');
      return null;
    }
    if (payload.userErrors.length > 0 || !payload.content) {
      const named = payload.userErrors.map((e) => ({ ...e, field: e.field?.map((s) => aliases[s] ?? s) ?? null }));
      const mapped = mapUserErrors(named, fields);
      const others = [...mapped.formErrors];
      if (mapped.conflict) others.push('Someone changed this item since you opened it: reload the page and try again.');
      fail(
        mapped.fieldErrors,
        others.join(' ') || (payload.userErrors.length ? undefined : 'The change was not saved.'),
      );
      return null;
    }
    setErrors({});
    setFormError(undefined);
    onChanged(payload.content);
    return payload;
  };

  const reset = () => {
    setErrors({});
    setFormError(undefined);
  };

  return { errors, formError, formErrorId, busy, check, submit, reset };
}
