package io.carepulse.content;

import static io.carepulse.content.ContentFixtures.MARKETER;
import static io.carepulse.support.RawGraphQl.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.support.IntegrationTest;
import io.carepulse.support.RawGraphQl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad content input gets an error naming the field, in words, and nothing is written. */
class ContentBadInputTest extends IntegrationTest {

    @Test
    void aHundredThousandCharacterBodyIsRefused() {
        String title = ContentFixtures.title("Long");
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "createContent", Map.of("input",
                ContentFixtures.with(ContentFixtures.healthTip(title), "body", "a".repeat(100_000))));
        assertThat(data(body, "createContent.userErrors.0.code")).isEqualTo("TOO_LONG");
        assertThat(data(body, "createContent.userErrors.0.message")).isEqualTo("Body must be 20,000 characters or fewer");
        assertNothingWritten(title);
    }

    @Test
    void anUnknownFormatIsAValidationErrorNamingTheField() {
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "createContent", Map.of("input",
                ContentFixtures.with(ContentFixtures.healthTip(ContentFixtures.title("Format")), "format", "HOLOGRAM")));
        assertThat(RawGraphQl.classifications(body)).containsExactly("ValidationError");
        assertThat(body.toString()).contains("input.format");
    }

    @Test
    void aPostOverTheChannelsLimitIsRefusedWithItsCount() {
        String title = ContentFixtures.title("Too long for X");
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "createContent", Map.of("input",
                ContentFixtures.with(ContentFixtures.healthTip(title), "variants",
                        List.of(Map.of("channel", "X", "text", "x".repeat(281))))));
        assertThat(data(body, "createContent.userErrors.0.field")).isEqualTo(List.of("input", "variants", "0", "text"));
        assertThat(data(body, "createContent.userErrors.0.message"))
                .isEqualTo("X posts can be at most 280 characters (this one has 281)");
        assertNothingWritten(title);
    }

    @Test
    void aChannelTheCampaignDoesNotUseIsRefused() {
        Map<String, Object> campaign = new RawGraphQl(port).post(MARKETER, "createCampaign", Map.of("input", Map.of(
                "name", ContentFixtures.title("Instagram only"), "objective", "EDUCATION", "startDate", "2026-12-01",
                "channels", List.of("INSTAGRAM"))));
        String campaignId = (String) data(campaign, "createCampaign.campaign.id");
        String title = ContentFixtures.title("Wrong channel");
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "createContent", Map.of("input",
                ContentFixtures.with(ContentFixtures.healthTip(title), "campaignId", campaignId)));
        assertThat(data(body, "createContent.userErrors.0.field")).isEqualTo(List.of("input", "variants", "0", "channel"));
        assertThat((String) data(body, "createContent.userErrors.0.message")).endsWith("does not post on X");
        assertNothingWritten(title);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTopicOutsideTheOrganisationsListIsRefused() {
        Map<String, Object> body = new RawGraphQl(port).post(MARKETER, "createContent", Map.of("input",
                ContentFixtures.with(ContentFixtures.healthTip(ContentFixtures.title("Topic")), "topics", List.of("Astrology"))));
        assertThat(data(body, "createContent.userErrors.0.message"))
                .isEqualTo("“Astrology” is not one of the organisation's topics");
        Map<String, Object> topics = new RawGraphQl(port).post(MARKETER, "contentTopics", Map.of());
        assertThat((List<Object>) data(topics, "contentTopics")).contains("Vaccination").hasSize(10);
    }

    private void assertNothingWritten(String title) {
        Map<String, Object> found = new RawGraphQl(port).post(MARKETER, "contents",
                Map.of("filter", Map.of("search", title)));
        assertThat((List<?>) data(found, "contents.edges")).as("nothing written").isEmpty();
    }
}
