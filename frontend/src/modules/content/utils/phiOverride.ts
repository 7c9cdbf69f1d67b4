/** The server's shortest justification (PhiOverrides.JUSTIFICATION_MIN) and longest. */
export const JUSTIFICATION_MIN = 20;
export const JUSTIFICATION_MAX = 2000;

/** What an override's justification needs, naming the field as its error is read apart from its label. */
export function validateJustification(justification: string): string | undefined {
  const length = justification.trim().length;
  if (length === 0)
    return `Enter a justification: say why it may be published, in at least ${JUSTIFICATION_MIN} characters`;
  if (length < JUSTIFICATION_MIN)
    return `The justification needs at least ${JUSTIFICATION_MIN} characters (${length} so far): say why it may be published`;
  if (length > JUSTIFICATION_MAX)
    return `The justification must be ${JUSTIFICATION_MAX.toLocaleString('en-US')} characters or fewer`;
  return undefined;
}
