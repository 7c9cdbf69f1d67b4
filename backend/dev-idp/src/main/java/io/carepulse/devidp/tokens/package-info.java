/**
 * What CarePulse tokens say: the tenant ({@code org}, {@code org_name}) and, for people,
 * {@code roles}. Also the loopback-only {@code /dev/token} shortcut used by {@code make token}.
 */
package io.carepulse.devidp.tokens;
