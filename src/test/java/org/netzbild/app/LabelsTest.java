package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.ReferenceData;

/** Agency names as the user reads them, in both languages, the reference data's own source included. */
class LabelsTest {

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void theReferenceDatasSourceIsNamedInTheUsersLanguageLikeEveryAgency() {
        I18n.use(I18n.GERMAN);
        assertThat(Labels.agency(ReferenceData.SOURCE)).isEqualTo("Netzbild-Referenzdaten");
        assertThat(Labels.agency("pp-essen")).isEqualTo("Polizeipräsidium Essen");

        I18n.use(I18n.ENGLISH);
        assertThat(Labels.agency(ReferenceData.SOURCE)).isEqualTo("Netzbild reference data");
        assertThat(Labels.agency("pp-essen")).isEqualTo("Essen Police Headquarters");
    }
}
