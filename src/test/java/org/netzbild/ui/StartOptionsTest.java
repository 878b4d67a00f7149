package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netzbild.app.I18n;

/** The desktop's start options: the store options every command takes, and a clear word for a mistake. */
class StartOptionsTest {

    @AfterEach
    void german() {
        I18n.use(I18n.GERMAN);
    }

    @Test
    void aServerIsNamedWithTheOptionsOfEveryCommandAndNeverWithItsPassword() {
        var options = StartOptions.parse(List.of("--uri", "neo4j+s://server.example:7687", "--user", "ermittler",
                "--database=akte", "--trust-certificate", "/etc/netzbild/server.pem", "--store", "/tmp/client"));

        assertThat(options.server()).isEqualTo(new StartOptions.Server(URI.create("neo4j+s://server.example:7687"),
                "ermittler", "akte", Path.of("/etc/netzbild/server.pem")));
        assertThat(options.folder()).isEqualTo(Path.of("/tmp/client"));
        assertThat(StartOptions.parse(List.of("--store", "/tmp/ws")).server()).isNull();
        assertThatThrownBy(() -> StartOptions.parse(List.of("--uri", "bolt://127.0.0.1:7687", "--password", "geheim")))
                .hasMessageContaining("--password").hasMessageContaining("--uri");
    }

    @Test
    void mistakesAreToldInTheUsersLanguage() {
        I18n.use(I18n.ENGLISH);
        assertThatThrownBy(() -> StartOptions.parse(List.of("--user", "ermittler")))
                .hasMessage("--user, --database and --trust-certificate apply only with --uri.");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--uri", "kein server")))
                .hasMessageContaining("is not a server address for --uri");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--demo-persons", "viele")))
                .hasMessage("The start option --demo-persons needs a whole number, not \u201cviele\u201d.");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--store")))
                .hasMessage("The start option --store needs a value.");
    }
}
