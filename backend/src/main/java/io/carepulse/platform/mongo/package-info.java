/** MongoDB: the real one when configured, an embedded one otherwise; indexes declared in code. */
package io.carepulse.platform.mongo;
