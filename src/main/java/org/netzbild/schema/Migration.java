package org.netzbild.schema;

import java.util.List;

/** One numbered migration file of {@code graph-schema/migrations}: idempotent schema statements. */
public record Migration(int version, String name, List<String> statements) {

    public Migration {
        statements = List.copyOf(statements);
    }
}
