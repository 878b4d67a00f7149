package org.netzbild.store.cypher;

import java.util.List;
import java.util.Map;

/** One open transaction: runs a statement with parameters and returns its rows as plain Java values. */
@FunctionalInterface
public interface CypherTx {

    /**
     * @param cypher a constant statement; values go into {@code parameters}, never into the text
     * @return rows with {@code List}, {@code Long}, {@code Double}, {@code String}, {@code Boolean},
     *         {@code LocalDate}, {@code ZonedDateTime} and {@code Map} values
     */
    List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);
}
