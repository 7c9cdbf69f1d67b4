package io.carepulse.identity;

import io.carepulse.platform.security.Role;
import java.util.Set;

/** The authenticated caller (GraphQL {@code Viewer}). */
record Viewer(String id, String email, String name, String organizationSlug, Set<Role> roles, Set<String> scopes) {
}
