package org.custodes.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodes.directory.CompanyListing;
import org.custodes.directory.Standing;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class ChecklistTests {

    static CompanyListing listing(Standing standing, boolean correctiveActionOpen) {
        return new CompanyListing(new OrganisationId(UUID.randomUUID()), "Guard Co Ltd", "Guard Co", new CountryCode("KE"),
                List.of(new CountryCode("KE")), List.of(), standing, LocalDate.of(2025, 1, 1), correctiveActionOpen);
    }

    @Test
    void onlyACertifiedMemberWithoutOpenCorrectiveActionMeetsTheBar() {
        assertThat(Checklist.check(listing(Standing.CERTIFIED_MEMBER, false)).meetsTheBar()).isTrue();
        assertThat(Checklist.check(listing(Standing.CERTIFIED_MEMBER, true)).meetsTheBar()).isFalse();
        assertThat(Checklist.check(listing(Standing.MEMBER, false)).meetsTheBar()).isFalse();
    }

    @Test
    void affiliatesAreMembersButSuspendedCompaniesAreNot() {
        assertThat(Checklist.check(listing(Standing.AFFILIATE, false)).member()).isTrue();
        assertThat(Checklist.check(listing(Standing.SUSPENDED, false)).member()).isFalse();
        assertThat(Checklist.check(listing(Standing.NOT_A_MEMBER, false)).certified()).isFalse();
    }

    @Test
    void everyStageOfTheChecklistHasItems() {
        for (var stage : ToolkitStage.values()) {
            assertThat(Checklist.ITEMS).anyMatch(item -> item.stage() == stage);
        }
    }
}
