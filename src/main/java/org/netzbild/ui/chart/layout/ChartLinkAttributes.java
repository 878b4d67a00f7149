package org.netzbild.ui.chart.layout;

import org.graphstream.graph.Edge;

/**
 * The attributes of a chart edge that layouts read: the link type of the ontology ({@code OWNS},
 * {@code FAMILY}, ...) and, for {@code FAMILY} links, the relation ({@code PARENT}, ...). The
 * chart writes them when it adds a link.
 */
public final class ChartLinkAttributes {

    /** The ontology link type of an edge. */
    public static final String TYPE = "netzbild.type";
    /** The {@code relation} property of a FAMILY link: "from is {@code relation} of to". */
    public static final String RELATION = "netzbild.relation";

    private ChartLinkAttributes() {
    }

    static String type(Edge edge) {
        Object value = edge.getAttribute(TYPE);
        return value == null ? "" : value.toString();
    }

    static String relation(Edge edge) {
        Object value = edge.getAttribute(RELATION);
        return value == null ? "" : value.toString();
    }
}
