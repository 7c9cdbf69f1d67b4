package io.carepulse.platform.security;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLDirectiveContainer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may call an operation, see an object type or read a field, read from its
 * {@code @access(roles, scopes, relations, participant, public)} directive in the schema: the
 * one visible place where access is declared.
 */
public record AccessRule(Set<Role> roles, Set<String> scopes, Set<String> relations, boolean participant,
        boolean publicAccess) {

    public static final String DIRECTIVE = "access";

    public AccessRule {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        relations = Set.copyOf(relations);
    }

    /** The rule of a field or object type, or {@code null} when it declares none. */
    public static AccessRule of(GraphQLDirectiveContainer element) {
        GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        words(directive.getArgument("roles")).forEach(r -> roles.add(Role.valueOf(r)));
        return new AccessRule(roles, words(directive.getArgument("scopes")), words(directive.getArgument("relations")),
                flag(directive, "participant"), flag(directive, "public"));
    }

    /**
     * Whether an authenticated caller passes on who it is alone (its roles, scopes or participant
     * token), without looking at any object. A participant passes only rules that name
     * participants: roles, scopes and relations are for staff and OAuth2 clients alone.
     */
    public boolean permits(Caller caller) {
        if (publicAccess) {
            return true;
        }
        if (caller.isParticipant()) {
            return participant;
        }
        return caller.hasAnyRole(roles) || caller.hasAnyScope(scopes);
    }

    /** Whether a caller the rule does not admit by itself may still pass through a relation to the object. */
    public boolean mayPassByRelation(Caller caller) {
        return !relations.isEmpty() && !caller.isParticipant();
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
