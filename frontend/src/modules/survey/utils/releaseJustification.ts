/** The server's shortest justification for releasing a held answer (releaseSurveyAnswer). */
export const RELEASE_JUSTIFICATION_MIN = 20;

export function validateReleaseJustification(justification: string): string | undefined {
  const length = justification.trim().length;
  if (length === 0) return `Say why this answer may be shown, in at least ${RELEASE_JUSTIFICATION_MIN} characters`;
  if (length < RELEASE_JUSTIFICATION_MIN)
    return `The reason needs at least ${RELEASE_JUSTIFICATION_MIN} characters (${length} so far)`;
  return undefined;
}
