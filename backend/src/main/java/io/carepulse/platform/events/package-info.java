/**
 * Sequenced, tenant-scoped event streams for any feature. A feature declares an
 * {@link io.carepulse.platform.events.EventStream}, writes each change together with its event in
 * one document write (the event waits in the document's outbox), and the
 * {@link io.carepulse.platform.events.EventLog} moves it to the log with the next sequence number of
 * its key. Subscribers replay after a sequence number and then follow the instance's one reader of
 * the log ({@link io.carepulse.platform.events.EventHub}).
 */
package io.carepulse.platform.events;
