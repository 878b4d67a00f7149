package org.netzbild.testsupport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.netzbild.schema.ReferenceData;
import org.netzbild.store.embedded.EmbeddedDatabase;
import org.netzbild.store.embedded.StoreFolders;

/**
 * Counts, with plain Cypher beside the port, what a store holds that no import's list accounts for:
 * after a fault every record is reference data or belongs to a complete import; nothing half written
 * stays behind. Reads the whole database, the way a data-protection officer's check would.
 *
 * @param strays   records (nodes and links) that are neither reference data nor carry the id of a
 *                 complete import
 * @param unfinished imports not COMPLETE (running, undoing, failed)
 * @param complete complete imports
 * @param imported records that carry a complete import's id
 */
public record StoreCensus(long strays, long unfinished, long complete, long imported) {

    private static final String COUNT = """
            CALL () { MATCH (i:NetzbildImport) WHERE i.status = 'COMPLETE' RETURN collect(i.id) AS listed }
            CALL () { MATCH (i:NetzbildImport) WHERE i.status IS NULL OR i.status <> 'COMPLETE'
                      RETURN count(i) AS unfinished }
            CALL (listed) { MATCH (n) WHERE NOT n:NetzbildSchema AND NOT n:NetzbildImport
                              AND NOT (n.importId IS NULL AND n.sourceAgency = $reference)
                              AND (n.importId IS NULL OR NOT n.importId IN listed)
                            RETURN count(n) AS strayNodes }
            CALL (listed) { MATCH ()-[r]->() WHERE r.importId IS NULL OR NOT r.importId IN listed
                            RETURN count(r) AS strayLinks }
            CALL (listed) { MATCH (n) WHERE n.importId IN listed RETURN count(n) AS importedNodes }
            CALL (listed) { MATCH ()-[r]->() WHERE r.importId IN listed RETURN count(r) AS importedLinks }
            RETURN strayNodes + strayLinks AS strays, unfinished, size(listed) AS complete,
                   importedNodes + importedLinks AS imported""";

    /** Of the embedded store of a workspace folder; nothing else may have it open. */
    public static StoreCensus ofWorkspace(Path workspace) {
        var service = EmbeddedDatabase.open(StoreFolders.graph(workspace));
        try {
            return service.database("neo4j").executeTransactionally(COUNT, Map.of("reference", ReferenceData.SOURCE),
                    result -> {
                        var row = result.next();
                        return new StoreCensus(number(row.get("strays")), number(row.get("unfinished")),
                                number(row.get("complete")), number(row.get("imported")));
                    });
        } finally {
            service.shutdown();
        }
    }

    /** Of a server (authentication off, as the test servers run). */
    public static StoreCensus ofServer(String uri) {
        try (var driver = GraphDatabase.driver(URI.create(uri), AuthTokens.basic("neo4j", "unused"));
             var session = driver.session()) {
            var row = session.executeRead(tx -> tx.run(COUNT, Map.of("reference", ReferenceData.SOURCE)).single());
            return new StoreCensus(row.get("strays").asLong(), row.get("unfinished").asLong(),
                    row.get("complete").asLong(), row.get("imported").asLong());
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
