/**
 * Surveys and quizzes: staff build them, the public answers by a link with a code (one response
 * per respondent token, limited per network), and results are counted as responses arrive, never
 * naming who answered what. Free-text answers are screened for PHI and held back until released.
 */
package io.carepulse.survey;
