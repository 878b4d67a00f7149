package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {

    @TempDir
    Path home;
    private final String before = System.getProperty("netzbild.preferences");

    @AfterEach
    void forget() {
        if (before == null) {
            System.clearProperty("netzbild.preferences");
        } else {
            System.setProperty("netzbild.preferences", before);
        }
    }

    @Test
    void recentPurposesAreKeptAsTypedNewestFirstOnceEachAndAtMostEight() {
        System.setProperty("netzbild.preferences", home.resolve("preferences.properties").toString());
        assertThat(UserPreferences.recentPurposes()).isEmpty();

        for (int i = 1; i <= 10; i++) {
            UserPreferences.rememberPurpose(new org.netzbild.security.Purpose("ST/" + i + "/2026", "Grund = „" + i + "“: ü"));
        }
        UserPreferences.rememberPurpose(new org.netzbild.security.Purpose("ST/5/2026", "Grund = „5“: ü"));

        assertThat(UserPreferences.recentPurposes()).hasSize(8).extracting(org.netzbild.security.Purpose::caseReference)
                .containsExactly("ST/5/2026", "ST/10/2026", "ST/9/2026", "ST/8/2026", "ST/7/2026", "ST/6/2026",
                        "ST/4/2026", "ST/3/2026");
        assertThat(UserPreferences.recentPurposes().getFirst().reason()).isEqualTo("Grund = „5“: ü");
    }

    @Test
    void aChosenLanguageIsReadBackAndNothingChosenIsEmpty() {
        System.setProperty("netzbild.preferences", home.resolve("sub/preferences.properties").toString());
        assertThat(UserPreferences.language()).isEmpty();

        UserPreferences.saveLanguage(I18n.ENGLISH);
        assertThat(UserPreferences.language()).contains(I18n.ENGLISH);
        UserPreferences.saveLanguage(I18n.GERMAN);
        assertThat(UserPreferences.language()).contains(I18n.GERMAN);
    }

    @Test
    void aBrokenFileCountsAsNothingChosenAndAnUnwritablePlaceIsExplained() throws Exception {
        Path broken = home.resolve("preferences.properties");
        Files.write(broken, new byte[] {'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', '=', '\\', 'u', 'Z', 'Z'});
        System.setProperty("netzbild.preferences", broken.toString());
        assertThat(UserPreferences.language()).isEmpty();

        Path blocked = home.resolve("a-file");
        Files.writeString(blocked, "x");
        System.setProperty("netzbild.preferences", blocked.resolve("preferences.properties").toString());
        assertThatThrownBy(() -> UserPreferences.saveLanguage(I18n.ENGLISH)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("error.preferences"));
    }

    @Test
    void thePreferencesDialogsChoicesAreKeptBesideTheRecentPurposesAndTheWorkspaceBecomesTheDefault() {
        System.setProperty("netzbild.preferences", home.resolve("preferences.properties").toString());
        UserPreferences.rememberPurpose(new org.netzbild.security.Purpose("ST/1/2026", "bleibt"));
        assertThat(UserPreferences.teamServer().isSet()).isFalse();

        UserPreferences.save(I18n.ENGLISH, home.resolve("akte"),
                new UserPreferences.TeamServerDefaults("neo4j+s://team.behoerde.nrw:7687", "k.meier", "", ""));

        assertThat(UserPreferences.language()).contains(I18n.ENGLISH);
        assertThat(UserPreferences.workspace()).contains(home.resolve("akte"));
        assertThat(UserPreferences.teamServer().uri()).isEqualTo("neo4j+s://team.behoerde.nrw:7687");
        assertThat(UserPreferences.recentPurposes()).extracting(org.netzbild.security.Purpose::reason).containsExactly("bleibt");
        if (System.getenv("NETZBILD_WORKSPACE") == null) {
            assertThat(WorkspaceSettings.defaultFolder()).isEqualTo(home.resolve("akte"));
        }

        // an empty address removes the team server, no workspace goes back to the suggested one
        UserPreferences.save(I18n.GERMAN, null, UserPreferences.TeamServerDefaults.NONE);
        assertThat(UserPreferences.teamServer().isSet()).isFalse();
        assertThat(UserPreferences.workspace()).isEmpty();
    }
}
