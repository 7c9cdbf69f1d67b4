package io.carepulse.devidp.directory;

/**
 * A demo tenant.
 *
 * @param slug the value of the {@code org} claim
 * @param name the value of the {@code org_name} claim
 * @param emailDomain domain of its users' e-mail addresses
 */
public record DemoOrganisation(String slug, String name, String emailDomain) {
}
