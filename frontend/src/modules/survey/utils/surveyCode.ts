/** Codes avoid look-alike characters, so case, spaces and a leading `#` carry no meaning. */
export const normalizeSurveyCode = (code: string) => code.replace(/^#/, '').replace(/\s+/g, '').toUpperCase();

/** The code in a location's fragment (`#ABCD2345`); null when there is none or it cannot be one. */
export function surveyCodeFromHash(hash: string): string | null {
  let value = hash;
  try {
    value = decodeURIComponent(hash);
  } catch {
    return null;
  }
  const code = normalizeSurveyCode(value);
  return /^[A-Z0-9]{4,16}$/.test(code) ? code : null;
}
