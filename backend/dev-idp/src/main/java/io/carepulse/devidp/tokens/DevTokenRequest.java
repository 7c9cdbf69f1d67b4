package io.carepulse.devidp.tokens;

/**
 * Form parameters of {@code POST /dev/token}; only {@code org} is required.
 *
 * @param org slug of a demo organisation
 * @param roles comma-separated role names; omit for an organisation-only token like a dashboard's
 * @param scope space-separated scopes; omit for no {@code scope} claim
 * @param sub subject, defaults to the e-mail
 * @param email e-mail, defaults to the subject or {@code dev-token@<org domain>}
 */
record DevTokenRequest(String org, String roles, String scope, String sub, String email) {
}
