/**
 * Refresh tokens for the public SPA client. Spring Authorization Server issues refresh tokens to
 * confidential clients only; the SPA needs them to stay signed in past the one-hour access token,
 * so this package issues rotating ones and lets a public client redeem them with its client_id.
 */
package io.carepulse.devidp.refresh;
