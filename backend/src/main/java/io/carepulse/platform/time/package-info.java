/**
 * Periods as the people reading them count them: {@link io.carepulse.platform.time.LocalDays}, the
 * whole days of a time zone that a period of instants touches, which every daily roll-up (analytics,
 * the inbox's days, live Q&A's days) is read by.
 */
package io.carepulse.platform.time;
