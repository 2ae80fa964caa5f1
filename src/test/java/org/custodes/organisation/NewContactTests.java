package org.custodes.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class NewContactTests {

    @Test
    void aContactHasANameAndAWayToReachThem() {
        var contact = new NewContact(" Amina Diallo ", "Head of compliance", "amina@aegis.example", " ");
        assertThat(contact.name()).isEqualTo("Amina Diallo");
        assertThat(contact.phone()).isNull();
    }

    @Test
    void aContactWithoutEMailOrPhoneIsRefused() {
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new NewContact("Amina Diallo", null, "", null))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("organisation.contact.reachable"));
    }

    @Test
    void malformedEMailAndPhoneAreRefusedOnTheirField() {
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new NewContact("Amina", null, "not-an-address", null))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("email"));
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new NewContact("Amina", null, null, "call me maybe"))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("phone"));
        assertThat(new NewContact("Amina", null, null, "+254 20 123-4567").phone()).isEqualTo("+254 20 123-4567");
    }

    @Test
    void aContactNeedsAName() {
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> new NewContact("  ", null, "a@b.example", null))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("name"));
    }
}
