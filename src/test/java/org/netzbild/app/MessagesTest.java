package org.netzbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void aMessageWithValuesDoublesItsApostrophes() throws IOException {
        // MessageFormat reads a single ' as the start of literal text: "workspace's {0}" would print {0}
        for (String bundle : List.of("messages", "messages_en", "problems", "problems_en")) {
            load("/i18n/" + bundle + ".properties").forEach((key, value) -> {
                String text = (String) value;
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(bundle + ": " + key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void noBundleNamesAKeyTwice() throws IOException {
        // Properties keeps the last of two equal keys silently; the first text is then never shown
        for (String bundle : java.util.List.of("messages", "messages_en", "problems", "problems_en")) {
            var keys = new java.util.ArrayList<String>();
            try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && line.contains("="))
                        .forEach(line -> keys.add(line.substring(0, line.indexOf('=')).strip()));
            }
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
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
    void everyPermissionHasWordsInBothLanguagesForTheRefusal() throws IOException {
        Properties german = load("/i18n/messages.properties");
        Properties english = load("/i18n/messages_en.properties");

        for (var permission : org.netzbild.security.Permission.values()) {
            assertThat(german).containsKey("permission." + permission);
            assertThat(english).containsKey("permission." + permission);
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

    @Test
    void everyLinkTypeAndEveryEnumerationValueHasWordsInBothLanguages() throws IOException {
        Properties german = load("/i18n/messages.properties");
        Properties english = load("/i18n/messages_en.properties");
        var ontology = org.netzbild.schema.Ontology.standard();

        ontology.linkTypes().forEach((type, definition) -> {
            assertThat(german).containsKey("link." + type);
            assertThat(english).containsKey("link." + type);
            definition.properties().keySet().forEach(property -> {
                assertThat(german).containsKey("property." + property);
                assertThat(english).containsKey("property." + property);
            });
        });
        ontology.enumerations().forEach((enumeration, values) -> values.forEach(value -> {
            assertThat(german).containsKey("value." + enumeration + "." + value);
            assertThat(english).containsKey("value." + enumeration + "." + value);
        }));
    }

    @Test
    void codesAreShownInWordsDatesAndNumbersInTheLanguagesStyle() {
        var spouse = new org.netzbild.model.Link("l1", "FAMILY", "a", "b", java.util.Map.of("relation", "SPOUSE"),
                org.netzbild.testsupport.Records.from(org.netzbild.testsupport.Records.POLICE));
        try {
            I18n.use(I18n.GERMAN);
            assertThat(Labels.value("Person", "gender", "MALE")).isEqualTo("männlich");
            assertThat(Labels.value("Business", "trade", "SHISHA_BAR")).isEqualTo("Shisha-Bar");
            assertThat(Labels.value("Person", "birthDate", java.time.LocalDate.of(1971, 3, 14))).isEqualTo("14.03.1971");
            assertThat(Labels.value("Person", "names", java.util.List.of("A", "B"))).isEqualTo("A; B");
            assertThat(Labels.value("Person", "name", "FEMALE")).isEqualTo("FEMALE");
            assertThat(Labels.linkType("FAMILY")).isEqualTo("Familie");
            assertThat(Labels.linkDetails(spouse)).endsWith(": Ehe-/Lebenspartner");
            I18n.use(java.util.Locale.ENGLISH);
            assertThat(Labels.value("Person", "gender", "MALE")).isEqualTo("male");
            assertThat(Labels.value("OWNS", "share", 0.5)).isEqualTo("0.5");
            assertThat(Labels.linkType("FAMILY")).isEqualTo("Family");
        } finally {
            I18n.use(I18n.GERMAN);
        }
    }

    @Test
    void everyProblemKeyTheCodeUsesHasWordsInBothLanguages() throws IOException {
        Properties german = load("/i18n/problems.properties");
        Properties english = load("/i18n/problems_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());

        var used = new java.util.TreeSet<String>();
        var key = java.util.regex.Pattern.compile("\"((?:problem|violation)\\.[A-Za-z]+)\"");
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = key.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(german.stringPropertyNames()).containsAll(used);
    }

    @Test
    void problemsReadInTheChosenLanguage() {
        var problem = org.netzbild.ingest.ImportProblem.of("a.csv", 3, "Geburtsdatum", "birthDate", "problem.notADate",
                "14.3.71", new org.netzbild.schema.ProblemTexts.DatePattern("dd.MM.yyyy"));

        assertThat(problem.reason(java.util.Locale.GERMAN)).isEqualTo("„14.3.71“ ist kein Datum der Form TT.MM.JJJJ (oder JJJJ-MM-TT)");
        assertThat(problem.describe(java.util.Locale.ENGLISH))
                .isEqualTo("a.csv:3:Geburtsdatum:birthDate: '14.3.71' is not a date of the form DD.MM.YYYY (or YYYY-MM-DD)");
    }
}
