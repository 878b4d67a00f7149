package org.netzbild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.netzbild.schema.PropertyType;

/**
 * Points in time as call records and bank statements write them (issue 17, ADR 0040): German local
 * time unless an offset says otherwise, across the change to summer time too; a time of day that
 * does not exist, or a date without one, is refused with the form expected, never guessed.
 */
class DateTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Object parse(String text) {
        return new ValueParser(MappingSpec.Source.DEFAULT).parse(text, PropertyType.DATETIME);
    }

    @Test
    void theSpecsDatePatternWithATimeOfDayIsGermanLocalTime() {
        assertThat(parse("01.03.2026 14:05:30")).isEqualTo(ZonedDateTime.of(2026, 3, 1, 14, 5, 30, 0, BERLIN));
        assertThat(parse("01.07.2026 14:05")).isEqualTo(ZonedDateTime.of(2026, 7, 1, 14, 5, 0, 0, BERLIN));
        assertThat(((ZonedDateTime) parse("01.07.2026 14:05")).getOffset().getTotalSeconds()).as("summer time").isEqualTo(7200);
    }

    @Test
    void isoWithOrWithoutAnOffsetIsRead() {
        assertThat(parse("2026-03-01T14:05:30+01:00")).isEqualTo(ZonedDateTime.parse("2026-03-01T14:05:30+01:00"));
        assertThat(parse("2026-03-01T13:05:30Z")).isEqualTo(ZonedDateTime.parse("2026-03-01T13:05:30Z"));
        assertThat(parse("2026-03-01 14:05:30")).isEqualTo(ZonedDateTime.of(2026, 3, 1, 14, 5, 30, 0, BERLIN));
    }

    @Test
    void aDateWithoutATimeOrATimeThatDoesNotExistIsRefusedWithTheFormExpected() {
        for (String text : new String[] {"01.03.2026", "01.03.2026 25:00", "01.03.2026 14:61", "2026-03-01T24:30",
                "gestern 14:00"}) {
            var thrown = catchThrowableOfType(ValueException.class, () -> parse(text));
            assertThat(thrown).as(text).isNotNull();
            var problem = thrown.at("cdr.csv", 4, "Beginn", "startedAt");
            assertThat(problem.describe(Locale.ENGLISH)).as(text).startsWith("cdr.csv:4:Beginn:startedAt: '" + text + "'");
        }
        // a day the calendar does not have is named as such
        assertThat(catchThrowableOfType(ValueException.class, () -> parse("31.02.2026 10:00")).at("cdr.csv", 4, "Beginn",
                "startedAt").key()).isEqualTo("problem.noSuchDay");
        var problem = catchThrowableOfType(ValueException.class, () -> parse("01.03.2026")).at("cdr.csv", 4, "Beginn", "startedAt");
        assertThat(problem.reason(Locale.GERMAN)).isEqualTo("„01.03.2026“ ist kein Zeitpunkt der Form TT.MM.JJJJ HH:mm[:ss]"
                + " (oder JJJJ-MM-TTTHH:mm:ss, mit Zeitzone wie +01:00)");
    }
}
