/**
 * Live Q&A sessions: clinicians answer patients' questions live, moderated by staff. This slice
 * holds the sessions themselves (schedule, host, settings, join code, start and end).
 */
package io.carepulse.liveqa;
