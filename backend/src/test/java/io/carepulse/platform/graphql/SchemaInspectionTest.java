package io.carepulse.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchemaInspectionTest extends IntegrationTest {

    @Autowired
    SchemaInspection inspection;

    @Test
    void everySchemaFieldArgumentAndTypeIsMapped() {
        assertThat(inspection.report()).isNotNull();
        assertThat(inspection.report().unmappedFields()).isEmpty();
        assertThat(inspection.report().unmappedRegistrations()).isEmpty();
        assertThat(inspection.report().unmappedArguments()).isEmpty();
        assertThat(inspection.report().skippedTypes()).isEmpty();
        assertThat(inspection.report().fieldNullnessErrors()).isEmpty();
        assertThat(SchemaInspection.isClean(inspection.report())).isTrue();
    }
}
