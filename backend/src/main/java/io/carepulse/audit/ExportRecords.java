package io.carepulse.audit;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.MutationPayload;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.AccessRule;
import io.carepulse.platform.security.CurrentCaller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code recordExport}: an export of a list is in the audit log before its file is offered. The
 * caller must be allowed to read the list: the rule is the list query's own {@code @access}, read
 * from the schema, so the two cannot drift apart. The entry itself is written by the audit
 * decorator, as for every mutation; its list is an enum, so it is kept as a value.
 */
@Controller
class ExportRecords {

    static final int COLUMNS_MAX = 50;
    static final int ROWS_MAX = 100_000;

    enum ExportedList {
        CAMPAIGNS("campaigns"), AUDIENCE_SEGMENTS("audienceSegments"), LIVE_SESSIONS("liveSessions"),
        AUDIT_LOG("auditLog");

        private final String query;

        ExportedList(String query) {
            this.query = query;
        }
    }

    record RecordExportInput(ExportedList list, int rowCount, List<String> columns) {
    }

    record RecordExportPayload(Instant recordedAt, List<UserError> userErrors) implements MutationPayload {
        @Override
        public String auditTargetId() {
            return null;
        }

        @Override
        public String auditTargetType() {
            return null;
        }
    }

    private final Clock clock;

    ExportRecords(Clock clock) {
        this.clock = clock;
    }

    @MutationMapping
    Mono<RecordExportPayload> recordExport(@Argument RecordExportInput input, DataFetchingEnvironment env) {
        GraphQLFieldDefinition query = env.getGraphQLSchema().getQueryType().getFieldDefinition(input.list().query);
        return CurrentCaller.required().flatMap(caller -> {
            if (query == null || !AccessRule.of(query).permits(caller)) {
                return Mono.error(new AccessDeniedException("You may not read this list"));
            }
            InputChecks checks = new InputChecks();
            checks.strings("columns", input.columns(), COLUMNS_MAX, 100);
            checks.check(input.columns() != null && !input.columns().isEmpty(), UserErrorCode.REQUIRED,
                    "Choose at least one column", "columns");
            checks.check(input.rowCount() <= ROWS_MAX, UserErrorCode.INVALID,
                    "An export holds at most " + ROWS_MAX + " rows", "rowCount");
            return Mono.just(checks.ok() ? new RecordExportPayload(clock.instant(), List.of())
                    : new RecordExportPayload(null, checks.errors()));
        });
    }
}
