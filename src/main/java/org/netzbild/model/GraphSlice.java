package org.netzbild.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The part of the graph an analysis works on, in the compact form a whole store fits in memory
 * as: per entity what the analysis functions reason with (type, who recorded it, how it is graded,
 * the agencies that state it too), per link its type, its ends (indexes into {@link #nodes}), who
 * recorded it and its grading. Names, addresses and other properties are not here: a result names
 * its entities by id, and the desktop reads what it shows through the port like any other read.
 */
public record GraphSlice(List<Node> nodes, List<Edge> edges) {

    public GraphSlice {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param agency   the agency that recorded the entity
     * @param grading  its grading, {@code null} when ungraded
     * @param stating  further agencies that state the entity (statements, ADR 0009), without {@code agency}
     * @param detail   what a type adds: a municipality's police authority, an agency's kind, an incident's category
     * @param date     an incident's first day; {@code null} for other types
     */
    public record Node(String id, String type, String agency, Grading grading, List<String> stating, String detail,
                       LocalDate date) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            stating = List.copyOf(stating);
        }
    }

    /** A directed link between {@code nodes().get(from)} and {@code nodes().get(to)}. */
    public record Edge(String id, String type, int from, int to, String agency, Grading grading) {
        public Edge {
            Objects.requireNonNull(type, "type");
        }
    }
}
