package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;

/** How entities and links look in the terminal: one line each, id first so it can be copied. */
final class Printing {

    private Printing() {
    }

    static void entity(PrintWriter out, Entity entity) {
        entity(out, entity, java.util.List.of(entity.provenance().sourceAgency()));
    }

    /** With every agency that states something about it, the record's own first. */
    static void entity(PrintWriter out, Entity entity, java.util.List<String> agencies) {
        out.printf("%-28s %-12s %s  [%s]%n", entity.id(), entity.type(), entity.caption(), String.join(", ", agencies));
    }

    static void link(PrintWriter out, Link link) {
        out.printf("  %s -%s-> %s  [%s]%n", link.fromId(), link.type(), link.toId(), link.provenance().sourceAgency());
    }
}
