package org.netzbild.schema;

import java.util.List;

/**
 * One numbered migration file of {@code graph-schema/migrations}: idempotent schema statements, and
 * the data statements below its {@value Migrations#DATA_MARKER} line. Neo4j runs schema and data
 * changes in separate transactions, so the data statements run after every pending schema statement,
 * with the parameters {@code $periods}, {@code $kinds} and {@code $referenceSource}.
 */
public record Migration(int version, String name, List<String> statements, List<String> data) {

    public Migration {
        statements = List.copyOf(statements);
        data = List.copyOf(data);
    }

    public Migration(int version, String name, List<String> statements) {
        this(version, name, statements, List.of());
    }
}
