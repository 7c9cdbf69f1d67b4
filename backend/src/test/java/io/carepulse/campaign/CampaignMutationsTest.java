package io.carepulse.campaign;

import static io.carepulse.support.TestTokens.RIVERSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import io.carepulse.platform.security.Role;
import io.carepulse.support.Fixtures;
import io.carepulse.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

class CampaignMutationsTest extends IntegrationTest {

    @Test
    void marketerCreatesCampaignAndReadsItBack() {
        GraphQlTester marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created segment = Fixtures.segment(marketer, unique("Parents"));
        String name = unique("Flu shots");
        GraphQlTester.Response created = marketer.documentName("createCampaign")
                .variable("input", Map.of("name", "  " + name + "  ", "objective", "PREVENTION",
                        "startDate", "2026-10-01", "endDate", "2026-12-31", "hashtags", List.of("#FluShot", "#FluShot"),
                        "channels", List.of("FACEBOOK", "X"), "segmentIds", List.of(segment.id()),
                        "budget", Map.of("amount", "1500.50", "currency", "USD")))
                .execute();
        created.path("createCampaign.userErrors").entityList(Object.class).hasSize(0);
        created.path("createCampaign.campaign.name").entity(String.class).isEqualTo(name);
        created.path("createCampaign.campaign.status").entity(String.class).isEqualTo("PLANNED");
        created.path("createCampaign.campaign.hashtags").entityList(String.class).containsExactly("#FluShot");
        created.path("createCampaign.campaign.version").entity(Integer.class).isEqualTo(1);
        String id = created.path("createCampaign.campaign.id").entity(String.class).get();

        GraphQlTester.Response read = marketer.documentName("campaign").variable("id", id).execute();
        read.path("campaign.segments[0].id").entity(String.class).isEqualTo(segment.id());
        read.path("campaign.budget.amount").entity(Double.class).isEqualTo(1500.5);
        read.path("campaign.budget.currency").entity(String.class).isEqualTo("USD");
        read.path("campaign.owner.email").entity(String.class).isEqualTo("marketer@riverside-health.test");
        read.path("campaign.allowedTransitions").entityList(String.class).satisfies(l -> assertThat(l).containsExactlyInAnyOrder("ACTIVE", "ARCHIVED"));
    }

    @Test
    void updateChangesOnlyGivenFieldsAndBumpsVersion() {
        GraphQlTester marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Heart month"));
        GraphQlTester.Response updated = marketer.documentName("updateCampaign")
                .variable("input", Map.of("id", campaign.id(), "expectedVersion", 1, "description", "Know your numbers"))
                .execute();
        updated.path("updateCampaign.userErrors").entityList(Object.class).hasSize(0);
        updated.path("updateCampaign.campaign.description").entity(String.class).isEqualTo("Know your numbers");
        updated.path("updateCampaign.campaign.hashtags").entityList(String.class).containsExactly("#Test");
        updated.path("updateCampaign.campaign.version").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void staleExpectedVersionIsAConflictAndChangesNothing() {
        GraphQlTester marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Movember"));
        marketer.documentName("updateCampaign")
                .variable("input", Map.of("id", campaign.id(), "expectedVersion", 1, "description", "first"))
                .execute().path("updateCampaign.userErrors").entityList(Object.class).hasSize(0);

        GraphQlTester.Response stale = marketer.documentName("updateCampaign")
                .variable("input", Map.of("id", campaign.id(), "expectedVersion", 1, "description", "second"))
                .execute();
        stale.path("updateCampaign.campaign").valueIsNull();
        stale.path("updateCampaign.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
        stale.path("updateCampaign.userErrors[0].field").entityList(String.class).containsExactly("input", "expectedVersion");
        marketer.documentName("campaign").variable("id", campaign.id()).execute()
                .path("campaign.description").entity(String.class).isEqualTo("first");
    }

    @Test
    void duplicateNameIsAUserErrorNotAnInternalError() {
        GraphQlTester marketer = as(RIVERSIDE, Role.MARKETER);
        String name = unique("Duplicate");
        Fixtures.campaign(marketer, name);
        GraphQlTester.Response again = marketer.documentName("createCampaign")
                .variable("input", Map.of("name", name, "objective", "AWARENESS", "startDate", "2026-01-01"))
                .execute();
        again.path("createCampaign.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
        again.path("createCampaign.userErrors[0].field").entityList(String.class).containsExactly("input", "name");
    }

    @Test
    void statusFollowsTheTransitionTable() {
        GraphQlTester marketer = as(RIVERSIDE, Role.MARKETER);
        Fixtures.Created campaign = Fixtures.campaign(marketer, unique("Workflow"));
        GraphQlTester.Response refused = changeStatus(marketer, campaign.id(), 1, "COMPLETED");
        refused.path("changeCampaignStatus.userErrors[0].code").entity(String.class).isEqualTo("INVALID_STATE");
        refused.path("changeCampaignStatus.userErrors[0].field").entityList(String.class).containsExactly("input", "status");

        changeStatus(marketer, campaign.id(), 1, "ACTIVE").path("changeCampaignStatus.campaign.status")
                .entity(String.class).isEqualTo("ACTIVE");
        changeStatus(marketer, campaign.id(), 2, "PAUSED").path("changeCampaignStatus.campaign.allowedTransitions")
                .entityList(String.class).satisfies(l -> assertThat(l).containsExactlyInAnyOrder("ACTIVE", "COMPLETED"));
        changeStatus(marketer, campaign.id(), 3, "COMPLETED").path("changeCampaignStatus.campaign.version")
                .entity(Integer.class).isEqualTo(4);
        marketer.documentName("archiveCampaign").variable("input", Map.of("id", campaign.id(), "expectedVersion", 4))
                .execute().path("archiveCampaign.campaign.status").entity(String.class).isEqualTo("ARCHIVED");

        GraphQlTester.Response readOnly = marketer.documentName("updateCampaign")
                .variable("input", Map.of("id", campaign.id(), "expectedVersion", 5, "name", "renamed"))
                .execute();
        readOnly.path("updateCampaign.userErrors[0].code").entity(String.class).isEqualTo("INVALID_STATE");
    }

    private static GraphQlTester.Response changeStatus(GraphQlTester tester, String id, int version, String status) {
        return tester.documentName("changeCampaignStatus")
                .variable("input", Map.of("id", id, "expectedVersion", version, "status", status)).execute();
    }

    @Test
    void analystCannotWrite() {
        as(RIVERSIDE, Role.ANALYST).documentName("createCampaign")
                .variable("input", Map.of("name", unique("Nope"), "objective", "AWARENESS", "startDate", "2026-01-01"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
    }
}
