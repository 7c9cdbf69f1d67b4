package io.carepulse.liveqa.session;

import io.carepulse.identity.Directory;
import io.carepulse.identity.User;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns the {@code moderatorIds} of a live-session input into the subjects of staff who may
 * moderate: users of the caller's organisation (seen signing in at least once) who held the
 * MODERATOR role then. Each ID that does not qualify gets a user error naming its position.
 */
@Component
public class ModeratorChoice {

    static final int MAX_MODERATORS = 20;

    private final Directory directory;

    ModeratorChoice(Directory directory) {
        this.directory = directory;
    }

    /** The chosen moderators' subjects and the errors of the IDs that do not qualify. */
    record Chosen(List<String> subjects, List<UserError> errors) {
    }

    /** The moderators named by {@code ids}; null {@code ids}: the caller if they are a MODERATOR, else none. */
    Mono<Chosen> of(List<String> ids, Caller caller) {
        if (ids == null) {
            return Mono.just(new Chosen(caller.roles().contains(Role.MODERATOR) ? List.of(caller.subject())
                    : List.of(), List.of()));
        }
        if (ids.size() > MAX_MODERATORS) {
            return Mono.just(new Chosen(List.of(), List.of(UserError.onInput(UserErrorCode.INVALID,
                    "A session may have at most " + MAX_MODERATORS + " moderators", "moderatorIds"))));
        }
        Set<String> distinct = new LinkedHashSet<>(ids);
        return directory.usersByIds(distinct).map(found -> {
            List<String> subjects = new ArrayList<>();
            List<UserError> errors = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                User user = found.get(ids.get(i));
                String position = String.valueOf(i);
                if (user == null) {
                    errors.add(UserError.onInput(UserErrorCode.NOT_FOUND,
                            "No user of your organisation has this ID", "moderatorIds", position));
                } else if (!user.roles().contains(Role.MODERATOR)) {
                    errors.add(UserError.onInput(UserErrorCode.INVALID,
                            (user.name() == null ? "This user" : user.name()) + " does not hold the MODERATOR role",
                            "moderatorIds", position));
                } else if (!subjects.contains(user.subject())) {
                    subjects.add(user.subject());
                }
            }
            return new Chosen(List.copyOf(subjects), List.copyOf(errors));
        });
    }
}
