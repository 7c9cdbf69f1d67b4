/** What the application reports about itself (metrics and traces), and what it leaves out on purpose. */
package io.carepulse.platform.observability;
