/** The server's shortest justification for sending a reply the guard refused, and its longest. */
export const OVERRIDE_JUSTIFICATION_MIN = 20;
export const OVERRIDE_JUSTIFICATION_MAX = 2000;

export function validateOverrideJustification(justification: string): string | undefined {
  const length = justification.trim().length;
  if (length === 0) return `Say why this reply may be sent, in at least ${OVERRIDE_JUSTIFICATION_MIN} characters`;
  if (length < OVERRIDE_JUSTIFICATION_MIN)
    return `The reason needs at least ${OVERRIDE_JUSTIFICATION_MIN} characters (${length} so far)`;
  if (length > OVERRIDE_JUSTIFICATION_MAX)
    return `Keep the reason to ${OVERRIDE_JUSTIFICATION_MAX.toLocaleString('en-US')} characters or fewer`;
  return undefined;
}
