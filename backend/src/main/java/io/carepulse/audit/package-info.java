/** The append-only audit log: one entry per successful mutation, field names only. */
package io.carepulse.audit;
