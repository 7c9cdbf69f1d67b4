/**
 * Development-only OpenID Connect provider for CarePulse: demo organisations and users,
 * tokens carrying the tenant ({@code org}) and {@code roles} claims the backend authorises on.
 * Never deploy it anywhere real.
 */
package io.carepulse.devidp;
