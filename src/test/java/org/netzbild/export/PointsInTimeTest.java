package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;

/**
 * A point in time (a call's start, ADR 0040) leaves Netzbild as ISO 8601 with its offset, which other
 * tools read (not Java's {@code [Europe/Berlin]} suffix), and reads as German local time in the desktop.
 */
class PointsInTimeTest {

    private static final ZonedDateTime CALL = ZonedDateTime.of(2026, 3, 1, 22, 5, 30, 0, ZoneId.of("Europe/Berlin"));

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void dataExportsWriteItWithItsOffset() {
        assertThat(PropertyText.of(CALL)).isEqualTo("2026-03-01T22:05:30+01:00");
        assertThat(PropertyText.of(CALL.withZoneSameInstant(ZoneId.of("UTC")))).isEqualTo("2026-03-01T21:05:30Z");
    }

    @Test
    void theDesktopShowsItInGermanLocalTime() {
        I18n.use(I18n.GERMAN);
        assertThat(Labels.value("COMMUNICATED_WITH", "startedAt", CALL.withZoneSameInstant(ZoneId.of("UTC"))))
                .isEqualTo("01.03.2026, 22:05:30");
    }
}
