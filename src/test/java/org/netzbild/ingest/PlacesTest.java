package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** City names as offices write them meet the reference data's spelling. */
class PlacesTest {

    @Test
    void umlautsTranscriptionsCaseAndSpacesFoldTogether() {
        assertThat(Places.fold("Muelheim an der Ruhr")).isEqualTo(Places.fold("Mülheim an der Ruhr"));
        assertThat(Places.fold("  GELSENKIRCHEN ")).isEqualTo(Places.fold("Gelsenkirchen"));
        assertThat(Places.fold("Bönen")).isEqualTo(Places.fold("Boenen"));
        assertThat(Places.fold("Essen")).isNotEqualTo(Places.fold("Essen-Steele"));
    }
}
