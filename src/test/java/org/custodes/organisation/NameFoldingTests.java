package org.custodes.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTests {

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertThat(NameFolding.fold("Société Générale ÉLAN")).isEqualTo("societe generale elan");
        assertThat(NameFolding.fold("Ñandú Çava Øresund")).isEqualTo("nandu cava øresund");
        assertThat(NameFolding.fold("ΑΘΗΝΑ Москва")).isEqualTo("αθηνα москва");
    }

    @Test
    void theTranslateTableMapsEachLetterToOne() {
        assertThat(NameFolding.FROM).hasSameSizeAs(NameFolding.TO);
        assertThat(NameFolding.FROM).contains("É", "é", "Ø", "Ж");
        assertThat(NameFolding.FROM).doesNotContain("a", "A", "ø");
    }

    @Test
    void textOutsideTheTableIsOnlyLowerCased() {
        assertThat(NameFolding.fold("الأمن 24/7")).isEqualTo("الأمن 24/7");
    }
}
