/**
 * Patient feedback: the inbox of comments, reviews and messages from every source, worked by
 * staff with a first-response time per priority, and replies screened before they are sent so a
 * public answer never confirms that someone is a patient. Its published API is
 * {@link io.carepulse.feedback.FeedbackThread}.
 */
package io.carepulse.feedback;
