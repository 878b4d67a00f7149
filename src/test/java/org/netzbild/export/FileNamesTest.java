package org.netzbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsControlCharactersAndReservedSignsBecomeUnderscores() {
        assertThat(FileNames.of("../../etc/passwd", "csv")).isEqualTo("_etc_passwd.csv");
        assertThat(FileNames.of("Fall: Berg/Essen*?<>|\"\u0000", "pdf")).isEqualTo("Fall_ Berg_Essen_.pdf");
        assertThat(FileNames.of("C:\\Users\\x", "svg")).isEqualTo("C_Users_x.svg");
    }

    @Test
    void lettersOfEveryScriptStay() {
        assertThat(FileNames.of("Übersicht Çelik – Ağ", "graphml")).isEqualTo("Übersicht Çelik _ Ağ.graphml");
    }

    @Test
    void hiddenEmptyOrDeviceNamesAreMadeOrdinary() {
        assertThat(FileNames.of(".bashrc", "csv")).isEqualTo("bashrc.csv");
        assertThat(FileNames.of("", "csv")).isEqualTo("export.csv");
        assertThat(FileNames.of("CON", "csv")).isEqualTo("export_CON.csv");
        assertThat(FileNames.of("name. . ", "csv")).isEqualTo("name.csv");
        assertThat(FileNames.of("x".repeat(300), "csv")).hasSize(FileNames.MAX + 4);
    }
}
