package io.carepulse.platform.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Spring GraphQL's schema mapping inspection: every schema field, argument and type must be
 * served by Java code. The report is kept for {@code SchemaInspectionTest}; with
 * {@code carepulse.graphql.fail-on-unmapped=true} (the default) startup fails on a gap instead
 * of a client finding it at runtime.
 */
@Component
@Order(Integer.MAX_VALUE) // after Boot's customizer, whose logging consumer this one replaces
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    private final boolean failOnUnmapped;
    private volatile SchemaReport report;

    SchemaInspection(@Value("${carepulse.graphql.fail-on-unmapped:true}") boolean failOnUnmapped) {
        this.failOnUnmapped = failOnUnmapped;
    }

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(report -> {
            this.report = report;
            if (isClean(report)) {
                log.info("GraphQL schema inspection: every field, argument and type is mapped");
            } else if (failOnUnmapped) {
                throw new IllegalStateException("GraphQL schema inspection found gaps:\n" + report);
            } else {
                log.warn("GraphQL schema inspection found gaps:\n{}", report);
            }
        });
    }

    public SchemaReport report() {
        return report;
    }

    public static boolean isClean(SchemaReport report) {
        return report.unmappedFields().isEmpty() && report.unmappedRegistrations().isEmpty()
                && report.unmappedArguments().isEmpty() && report.skippedTypes().isEmpty()
                && report.fieldNullnessErrors().isEmpty() && report.argumentNullnessErrors().isEmpty();
    }
}
