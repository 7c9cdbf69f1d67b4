package io.carepulse.platform.limits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every limit's setting ({@code carepulse.limits.*}); see the README's Security section.
 *
 * @param trustedProxies                CIDR blocks of reverse proxies whose {@code X-Forwarded-For}
 *                                      is believed ({@code TRUSTED_PROXIES}); from anyone else it
 *                                      is ignored
 * @param anonymousPerAddressPerMinute  requests without a token from one client address: a lecture
 *                                      hall behind one NAT address joining at once stays under it
 * @param participantPerAddressPerMinute requests with participant tokens from one client address
 * @param joinFailuresPerAddressPerMinute wrong or closed join codes one address may try a minute
 * @param anonymous                     shape and cost limits of anonymous callers
 * @param participant                   those of live Q&A participants
 * @param staff                         those of staff and OAuth2 clients (dashboards)
 */
@ConfigurationProperties("carepulse.limits")
public record LimitSettings(List<String> trustedProxies, int anonymousPerAddressPerMinute,
        int participantPerAddressPerMinute, int joinFailuresPerAddressPerMinute, Tier anonymous, Tier participant,
        Tier staff) {

    public LimitSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        anonymousPerAddressPerMinute = positive(anonymousPerAddressPerMinute, 600);
        participantPerAddressPerMinute = positive(participantPerAddressPerMinute, 3000);
        joinFailuresPerAddressPerMinute = positive(joinFailuresPerAddressPerMinute, 30);
        anonymous = Tier.ANONYMOUS.overriddenBy(anonymous);
        participant = Tier.PARTICIPANT.overriddenBy(participant);
        staff = Tier.STAFF.overriddenBy(staff);
    }

    private static int positive(int value, int otherwise) {
        return value > 0 ? value : otherwise;
    }

    /**
     * Limits of one kind of caller, checked before an operation runs.
     *
     * @param maxDocumentCharacters length of the GraphQL document
     * @param maxOperations         operations one document may define
     * @param maxRootFields         fields at the top of the operation, aliases included
     * @param maxAliases            aliased fields anywhere in the operation
     * @param maxDepth              nesting of fields
     * @param maxCost               cost one operation may ask for (objects 1, lists and connections
     *                              times their size, writes 10)
     * @param budget                cost the caller may spend at once (the bucket's capacity)
     * @param restorePerSecond      cost restored to the budget each second
     */
    public record Tier(int maxDocumentCharacters, int maxOperations, int maxRootFields, int maxAliases, int maxDepth,
            int maxCost, int budget, int restorePerSecond) {

        // A lecture hall joining through one NAT address: 600 joins a minute at about 15 each.
        static final Tier ANONYMOUS = new Tier(4_096, 1, 1, 2, 6, 100, 10_000, 150);
        static final Tier PARTICIPANT = new Tier(8_192, 1, 3, 5, 8, 1_000, 5_000, 50);
        static final Tier STAFF = new Tier(65_536, 5, 10, 30, 12, 5_000, 20_000, 500);

        /** These limits, each replaced by the one {@code settings} give (a limit left unset is 0 there). */
        Tier overriddenBy(Tier settings) {
            if (settings == null) {
                return this;
            }
            return new Tier(or(settings.maxDocumentCharacters, maxDocumentCharacters),
                    or(settings.maxOperations, maxOperations), or(settings.maxRootFields, maxRootFields),
                    or(settings.maxAliases, maxAliases), or(settings.maxDepth, maxDepth), or(settings.maxCost, maxCost),
                    or(settings.budget, budget), or(settings.restorePerSecond, restorePerSecond));
        }

        private static int or(int given, int otherwise) {
            return given > 0 ? given : otherwise;
        }
    }
}
