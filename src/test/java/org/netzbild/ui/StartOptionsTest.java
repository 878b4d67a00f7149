package org.netzbild.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netzbild.app.I18n;
import org.netzbild.testsupport.TemplateWorkspace;

/** The desktop's start options: the store options every command takes, and a clear word for a mistake. */
class StartOptionsTest {

    @TempDir
    Path folder;

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

    /** What a file manager passes when the user opens a saved chart: a path, or a file URI ("%U"). */
    @Test
    void aChartFileOpensItsWorkspaceAndNamesTheChart() throws Exception {
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("Arbeitsbereich Süd"));
        Path chart = workspace.resolve("charts/Lage Nord.nbchart");

        var byPath = StartOptions.parse(List.of(chart.toString()));
        var byUri = StartOptions.parse(List.of(chart.toUri().toString(), "--lang", "de"));
        var withItsStore = StartOptions.parse(List.of("--store", workspace.toString(), chart.toString()));

        for (var options : List.of(byPath, byUri, withItsStore)) {
            assertThat(options.folder()).isEqualTo(workspace.toAbsolutePath().normalize());
            assertThat(options.chart()).isEqualTo("Lage Nord");
            assertThat(options.server()).isNull();
        }
        assertThat(StartOptions.parse(List.of("--store", workspace.toString())).chart()).isNull();
    }

    @Test
    void aChartFileOutsideAWorkspaceIsRefusedWithTheReason() throws Exception {
        I18n.use(I18n.ENGLISH);
        Path workspace = TemplateWorkspace.copyTo(folder.resolve("ws"));
        Path clientFolder = java.nio.file.Files.createDirectories(folder.resolve("client/charts"));

        assertThatThrownBy(() -> StartOptions.parse(List.of(folder.resolve("Downloads/Lage.nbchart").toString())))
                .hasMessageContaining("is not a chart file of a workspace").hasMessageContaining("Lage.nbchart");
        assertThatThrownBy(() -> StartOptions.parse(List.of(clientFolder.resolve("Lage.nbchart").toString())))
                .hasMessageContaining("holds no workspace with a store of its own");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--store", folder.resolve("other").toString(),
                workspace.resolve("charts/Lage.nbchart").toString())))
                .hasMessageContaining("belongs to the workspace " + workspace);
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {workspace.resolve("charts/Lage.nbchart").toString()}))
                .as("a chart file alone starts the desktop").isTrue();
        assertThat(org.netzbild.Main.onlyDesktopOptions(new String[] {"search", "Lage.nbchart"})).isFalse();
    }
}
