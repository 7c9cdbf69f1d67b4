export const SURVEYS_PATH = '/surveys';
export const NEW_SURVEY_PATH = `${SURVEYS_PATH}/new`;

export const surveyPath = (id: string) => `${SURVEYS_PATH}/${encodeURIComponent(id)}`;
export const surveyEditPath = (id: string) => `${surveyPath(id)}/edit`;

/** The public page's path; the code travels after `#`, which browsers never send to a server. */
export const PUBLIC_SURVEY_PATH = '/s';

/** The link respondents open: `<origin>/s#<code>`. */
export const publicSurveyLink = (origin: string, code: string) => `${origin}${PUBLIC_SURVEY_PATH}#${code}`;
