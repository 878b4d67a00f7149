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

    @AfterEach
    void forget() {
        System.clearProperty("netzbild.preferences");
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
}
