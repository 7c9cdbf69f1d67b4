package io.carepulse.platform.security;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may call one operation, read from its {@code @access(roles: [...], scopes: [...])}
 * directive in the schema: the one visible place where access is declared.
 */
public record AccessRule(Set<Role> roles, Set<String> scopes, boolean participant, boolean publicAccess) {

    public static final String DIRECTIVE = "access";

    /** The rule of a field, or {@code null} when the field declares none (and is therefore denied). */
    public static AccessRule of(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective directive = field.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        words(directive.getArgument("roles")).forEach(r -> roles.add(Role.valueOf(r)));
        return new AccessRule(roles, words(directive.getArgument("scopes")), flag(directive, "participant"),
                flag(directive, "public"));
    }

    /**
     * Whether an authenticated caller may call the operation. A participant passes only rules
     * that name participants: roles and scopes are for staff and OAuth2 clients alone.
     */
    public boolean permits(Caller caller) {
        if (caller.isParticipant()) {
            return participant;
        }
        return caller.hasAnyRole(roles) || caller.hasAnyScope(scopes);
    }

    private static boolean flag(GraphQLAppliedDirective directive, String name) {
        GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
        return argument != null && Boolean.TRUE.equals(argument.getValue());
    }

    private static Set<String> words(GraphQLAppliedDirectiveArgument argument) {
        Set<String> words = new LinkedHashSet<>();
        if (argument != null && argument.getValue() instanceof Collection<?> values) {
            values.forEach(v -> words.add(String.valueOf(v)));
        }
        return words;
    }
}
