package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.PropertyType;

/**
 * A date that does not match the spec's pattern names the common pattern that would have read it,
 * and stays a problem: the suggestion is for the user to take into the spec, never applied silently.
 */
class DatePatternsTest {

    private static ValueParser parser(String pattern) {
        return new ValueParser(new MappingSpec.Source("csv", "auto", "auto", pattern, true, "|", null));
    }

    private static ImportProblem problem(String pattern, String text) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ValueException.class,
                () -> parser(pattern).parse(text, PropertyType.DATE));
        assertThat(thrown).as(text + " against " + pattern).isNotNull();
        return thrown.at("personen.csv", 7, "Geburtsdatum", "birthDate");
    }

    @Test
    void oneDigitDaysAndMonthsAgainstTwoDigitsSuggestDotMDotYyyy() {
        var problem = problem("dd.MM.yyyy", "1.2.1970");

        assertThat(problem.key()).isEqualTo("problem.notADateButReads");
        assertThat(problem.describe(Locale.ENGLISH)).isEqualTo("personen.csv:7:Geburtsdatum:birthDate: '1.2.1970' is not a"
                + " date of the form DD.MM.YYYY (or YYYY-MM-DD), but the pattern 'd.M.yyyy' would read it: if the column"
                + " is written so, set dateFormat: \"d.M.yyyy\" in the mapping spec");
        assertThat(problem.reason(Locale.GERMAN)).isEqualTo("„1.2.1970“ ist kein Datum der Form TT.MM.JJJJ (oder JJJJ-MM-TT);"
                + " das Muster „d.M.yyyy“ würde es lesen: ist die Spalte so geschrieben, in der Zuordnung dateFormat:"
                + " \"d.M.yyyy\" setzen");
    }

    @Test
    void slashesDashesAndIsoWrittenOtherwiseSuggestTheirPattern() {
        assertThat(problem("dd.MM.yyyy", "01/02/1970").arguments().get(2)).isEqualTo("dd/MM/yyyy");
        assertThat(problem("dd.MM.yyyy", "1/2/1970").arguments().get(2)).isEqualTo("d/M/yyyy");
        assertThat(problem("dd.MM.yyyy", "01-02-1970").arguments().get(2)).isEqualTo("dd-MM-yyyy");
        assertThat(problem("dd.MM.yyyy", "1970-2-1").arguments().get(2)).isEqualTo("yyyy-M-d");
        assertThat(problem("dd.MM.yyyy", "19700201").arguments().get(2)).isEqualTo("yyyyMMdd");
        assertThat(problem("dd/MM/yyyy", "01.02.1970").arguments().get(2)).isEqualTo("dd.MM.yyyy");
        assertThat(problem("dd/MM/yyyy", "1.2.1970").arguments().get(2)).isEqualTo("d.M.yyyy");
        assertThat(problem("d.M.yyyy", "01/02/1970").arguments().get(2)).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void anIsoDateIsReadWhateverThePatternAsBefore() {
        assertThat(parser("dd.MM.yyyy").parse("1970-02-01", PropertyType.DATE)).isEqualTo(java.time.LocalDate.of(1970, 2, 1));
    }

    @Test
    void nothingIsSuggestedWhenNoCommonPatternReadsARealDay() {
        // two-digit years are never suggested: 01.02.70 could be 1970 or 2070
        assertThat(problem("dd.MM.yyyy", "14.3.71").key()).isEqualTo("problem.notADate");
        assertThat(problem("dd.MM.yyyy", "01.13.2020").key()).isEqualTo("problem.notADate");
        assertThat(problem("dd.MM.yyyy", "31.2.1970").key()).isEqualTo("problem.notADate");
        assertThat(problem("dd.MM.yyyy", "gestern").key()).isEqualTo("problem.notADate");
        assertThat(problem("dd.MM.yyyy", "31.02.1970").key()).isEqualTo("problem.noSuchDay");
    }

    @Test
    void theSuggestionIsNeverTakenSilently() {
        assertThatThrownBy(() -> parser("dd.MM.yyyy").parse("1.2.1970", PropertyType.DATE)).isInstanceOf(ValueException.class);
    }
}
