package io.carepulse.platform.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * graphql-java reports an unknown enum value in the variables by naming the variable and the
 * enum only ("Variable 'input' has an invalid value: … 'CampaignObjective' … 'WORLD_DOMINATION'").
 * So do the date scalars ("Invalid RFC3339 full date value : '31/12/2027'"). This finds where in
 * the variables the offending value sits and names that field, in the message and as {@code
 * extensions.field}, like every other input error of the API.
 */
@Component
class VariableErrorFields implements WebGraphQlInterceptor {

    private static final Pattern UNKNOWN_ENUM = Pattern.compile("No value found for name '([^']*)'");
    /** The extended scalars' parse errors: "Invalid RFC3339 full date value : '31/12/2027'". */
    private static final Pattern BAD_SCALAR = Pattern.compile("Invalid RFC3339 (full date )?value : '([^']*)'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.isValid() || response.getErrors().isEmpty()) {
                return response;
            }
            List<GraphQLError> errors = new ArrayList<>();
            boolean changed = false;
            for (var error : response.getErrors()) {
                String message = String.valueOf(error.getMessage());
                Matcher matcher = UNKNOWN_ENUM.matcher(message);
                Matcher scalar = BAD_SCALAR.matcher(message);
                String hint = "";
                List<String> path = null;
                if (matcher.find()) {
                    path = find(request.getVariables(), matcher.group(1), new ArrayList<>());
                } else if (scalar.find()) {
                    path = find(request.getVariables(), scalar.group(2), new ArrayList<>());
                    hint = scalar.group(1) != null ? ": enter a date like 2027-12-31"
                            : ": enter a date and time like 2027-12-31T09:30:00Z";
                }
                if (path == null) {
                    errors.add(GraphqlErrorBuilder.newError().message(error.getMessage()).errorType(error.getErrorType())
                            .locations(error.getLocations()).path(error.getParsedPath())
                            .extensions(error.getExtensions()).build());
                    continue;
                }
                Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
                extensions.put("field", path);
                errors.add(GraphqlErrorBuilder.newError()
                        .message(error.getMessage() + " (at " + String.join(".", path) + ")" + hint)
                        .errorType(error.getErrorType())
                        .locations(error.getLocations()).extensions(extensions).build());
                changed = true;
            }
            return changed ? response.transform(builder -> builder.errors(errors)) : response;
        });
    }

    /** Path of the first value equal to {@code wanted} inside the variables, or null. */
    private static List<String> find(Object value, String wanted, List<String> path) {
        if (wanted.equals(value)) {
            return path;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                List<String> found = find(entry.getValue(), wanted, append(path, String.valueOf(entry.getKey())));
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<String> found = find(list.get(i), wanted, append(path, String.valueOf(i)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> append(List<String> path, String part) {
        List<String> longer = new ArrayList<>(path);
        longer.add(part);
        return longer;
    }
}
