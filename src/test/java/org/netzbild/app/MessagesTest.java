package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** German and English texts must cover the same keys, so no user ever meets a missing text. */
class MessagesTest {

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties german = load("/i18n/messages.properties");
        Properties english = load("/i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
    }

    @Test
    void germanIsTheDefaultAndEnglishCanBeChosen() {
        try {
            I18n.use(I18n.GERMAN);
            assertThat(I18n.text("search.button")).isEqualTo("Suchen");
            I18n.use(java.util.Locale.ENGLISH);
            assertThat(I18n.text("search.button")).isEqualTo("Search");
        } finally {
            I18n.use(I18n.GERMAN);
        }
    }

    @Test
    void everyEntityTypeOfTheOntologyHasALabelInBothLanguages() throws IOException {
        Properties german = load("/i18n/messages.properties");
        Properties english = load("/i18n/messages_en.properties");

        for (String type : org.netzbild.schema.Ontology.standard().entityTypes().keySet()) {
            assertThat(german).containsKey("type." + type);
            assertThat(english).containsKey("type." + type);
        }
    }
}
