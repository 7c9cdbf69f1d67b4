package io.carepulse.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

    @Test
    void pathsReadAsWordsWithoutListPositionsOrTheSettingsWrapper() {
        assertThat(FieldLabels.DERIVED.of("endDate")).isEqualTo("End date");
        assertThat(FieldLabels.DERIVED.of("budget", "amount")).isEqualTo("Budget amount");
        assertThat(FieldLabels.DERIVED.of("settings", "questionLengthLimit")).isEqualTo("Question length limit");
        assertThat(FieldLabels.DERIVED.of("hashtags", "3")).isEqualTo("Hashtags");
    }

    @Test
    void aFeatureNamesTheFieldsWhosePathReadsBadly() {
        FieldLabels labels = FieldLabels.of(Map.of("kpiTargets.target", "KPI target"));
        assertThat(labels.of("kpiTargets", "0", "target")).isEqualTo("KPI target");
        assertThat(labels.of("name")).isEqualTo("Name");
    }

    @Test
    void checksUseTheLabelsInTheirMessages() {
        InputChecks checks = new InputChecks();
        checks.textAt("  ", 10, true, "host", "name");
        checks.text("title", "x".repeat(11), 10, true);
        assertThat(checks.errors()).extracting(UserError::message)
                .containsExactly("Enter a host name", "Title must be 10 characters or fewer");
    }
}
