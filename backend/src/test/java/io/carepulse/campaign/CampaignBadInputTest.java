package io.carepulse.campaign;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import io.carepulse.support.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets an error naming the field, and nothing is written. */
class CampaignBadInputTest extends IntegrationTest {

    static Stream<Arguments> invalidCreateInputs() {
        return Stream.of(
                Arguments.of("empty name", Map.of("name", "   "), List.of("input", "name"), "REQUIRED",
                        "Enter a name"),
                Arguments.of("10,000-character name", Map.of("name", "x".repeat(10_000)), List.of("input", "name"),
                        "TOO_LONG", "Name must be 200 characters or fewer"),
                Arguments.of("end before start", Map.of("startDate", "2026-05-10", "endDate", "2026-05-09"),
                        List.of("input", "endDate"), "INVALID", "End date must be on or after the start date"),
                Arguments.of("malformed hashtag", Map.of("hashtags", List.of("#ok", "no hash")),
                        List.of("input", "hashtags", "1"), "INVALID",
                        "“no hash” is not a hashtag: use only letters, numbers and underscores after the #"),
                Arguments.of("hashtag with space", Map.of("hashtags", List.of("#two words")),
                        List.of("input", "hashtags", "0"), "INVALID",
                        "“#two words” is not a hashtag: use only letters, numbers and underscores after the #"),
                Arguments.of("negative budget", Map.of("budget", Map.of("amount", "-5", "currency", "USD")),
                        List.of("input", "budget", "amount"), "INVALID", "Budget amount must be 0 or more"),
                Arguments.of("fractional cents", Map.of("budget", Map.of("amount", "10.001", "currency", "USD")),
                        List.of("input", "budget", "amount"), "INVALID",
                        "Budget amount can have at most 2 decimal places for USD"),
                Arguments.of("negative KPI", Map.of("kpiTargets", List.of(Map.of("metric", "REACH", "target", -1))),
                        List.of("input", "kpiTargets", "0", "target"), "INVALID", "Target must be 0 or more"),
                Arguments.of("engagement rate above 100%", Map.of("kpiTargets",
                        List.of(Map.of("metric", "ENGAGEMENT_RATE", "target", 140))),
                        List.of("input", "kpiTargets", "0", "target"), "INVALID",
                        "Engagement rate must be from 0 to 100"),
                Arguments.of("malformed segment ID", Map.of("segmentIds", List.of("not-an-id")),
                        List.of("input", "segmentIds", "0"), "INVALID", "Choose segments from the list"),
                Arguments.of("unknown segment ID", Map.of("segmentIds",
                        List.of("QXVkaWVuY2VTZWdtZW50OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA")),
                        List.of("input", "segmentIds", "0"), "NOT_FOUND", "No audience segment with this ID"),
                Arguments.of("huge budget", Map.of("budget", Map.of("amount", "5000000000000", "currency", "USD")),
                        List.of("input", "budget", "amount"), "INVALID",
                        "Budget amount is too large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreateInputs")
    void invalidCreateInputIsRefusedNamingTheFieldInWordsForPeople(String label, Map<String, Object> override,
            List<String> field, String code, String message) {
        String name = unique("Bad input");
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "objective", "AWARENESS",
                "startDate", "2026-05-01"));
        input.putAll(override);
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "createCampaign", Map.of("input", input));
        assertThat(RawGraphQl.data(body, "createCampaign.campaign")).isNull();
        assertThat(RawGraphQl.data(body, "createCampaign.userErrors.0.field")).isEqualTo(field);
        assertThat(RawGraphQl.data(body, "createCampaign.userErrors.0.code")).isEqualTo(code);
        Map<String, Object> search = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "campaigns", Map.of("filter", Map.of("search", name)));
        assertThat(RawGraphQl.data(body, "createCampaign.userErrors.0.message")).isEqualTo(message);
        assertThat((List<?>) RawGraphQl.data(search, "campaigns.edges")).as("nothing written").isEmpty();
    }

    @Test
    void unknownEnumValueIsAValidationErrorNamingTheField() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "createCampaign", Map.of("input", Map.of("name", unique("Enum"), "objective", "WORLD_DOMINATION",
                        "startDate", "2026-05-01")));
        assertThat(RawGraphQl.classifications(body)).containsExactly("ValidationError");
        assertThat(body.get("errors").toString()).contains("CampaignObjective").contains("WORLD_DOMINATION")
                .contains("at input.objective").contains("field=[input, objective]");
    }

    @Test
    void pageLargerThanOneHundredIsRefusedNotClamped() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.ANALYST),
                "campaigns", Map.of("first", 1000));
        assertThat(RawGraphQl.classifications(body)).containsExactly("BAD_REQUEST");
        assertThat(body.get("errors").toString()).contains("first must be between 0 and 100");
    }

    @Test
    void malformedIdOrCursorIsABadRequestNamingTheArgument() {
        RawGraphQl raw = new RawGraphQl(port);
        String analyst = TestTokens.staff(RIVERSIDE, Role.ANALYST);
        Map<String, Object> byId = raw.post(analyst, "campaign", Map.of("id", "garbage!"));
        assertThat(RawGraphQl.classifications(byId)).containsExactly("BAD_REQUEST");
        assertThat(byId.get("errors").toString()).contains("field=[id]");
        Map<String, Object> cursor = raw.post(analyst, "campaigns", Map.of("after", "%%%"));
        assertThat(cursor.get("errors").toString()).contains("field=[after]");
    }

    @Test
    void malformedIdInAMutationIsNotFoundOnTheIdField() {
        Map<String, Object> body = new RawGraphQl(port).post(TestTokens.staff(RIVERSIDE, Role.MARKETER),
                "updateCampaign", Map.of("input", Map.of("id", "nope", "expectedVersion", 1, "name", "x")));
        assertThat(RawGraphQl.data(body, "updateCampaign.userErrors.0.field")).isEqualTo(List.of("input", "id"));
        assertThat(RawGraphQl.data(body, "updateCampaign.userErrors.0.code")).isEqualTo("NOT_FOUND");
    }
}
