package org.netzbild.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database must work on an air-gapped laptop: nothing phones home, nothing listens. */
class EmbeddedDatabaseTest {

    @Test
    void usageReportingAndEveryConnectorAreOff(@TempDir Path folder) {
        try (EmbeddedRunner runner = EmbeddedRunner.open(folder)) {
            Map<String, Object> settings = new HashMap<>();
            runner.read(tx -> tx.run("CALL dbms.listConfig() YIELD name, value RETURN name, value", Map.of()))
                    .forEach(row -> settings.put((String) row.get("name"), row.get("value")));

            assertThat(settings).containsEntry("dbms.usage_report.enabled", "false");
            assertThat(settings).containsEntry("server.bolt.enabled", "false");
            assertThat(settings.getOrDefault("server.http.enabled", "false")).isEqualTo("false");
        }
    }
}
