package org.netzbild.cli;

import java.io.PrintWriter;
import org.netzbild.app.I18n;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;

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

    /**
     * A record's provenance in two lines: who stated it, when, and how reliable (source, time,
     * recorder, reference, grading, fact or assessment, collection), then how it may be passed on
     * and where it came from (handling, validity, review date, the import or by hand).
     */
    static void provenance(PrintWriter out, Provenance p, String importId, String indent) {
        String recorded = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(p.recordedAt());
        out.println(indent + I18n.text("show.source", p.sourceAgency(), recorded, p.recordedBy(),
                p.sourceRef() == null ? "–" : p.sourceRef(),
                p.grading() == null ? I18n.text("show.ungraded")
                        : I18n.text("show.grading", p.grading().source(), p.grading().information(), p.grading().scheme()),
                p.nature(), p.collection() == null ? "–" : p.collection()
                        + (p.legalBasis() == null || p.legalBasis().isBlank() ? "" : " (" + p.legalBasis() + ")")));
        var handling = new StringBuilder(p.handling().name());
        if (p.handlingCode() != null) {
            handling.append(' ').append(p.handlingCode());
        }
        if (p.handlingNote() != null && !p.handlingNote().isBlank()) {
            handling.append(" – ").append(p.handlingNote());
        }
        if (!p.needToKnow().isEmpty()) {
            var named = new java.util.TreeSet<String>(p.needToKnow().users());
            named.addAll(p.needToKnow().cases());
            handling.append(" [").append(String.join(", ", named)).append(']');
        }
        String valid = p.validFrom() == null && p.validTo() == null ? "–"
                : java.util.Objects.toString(p.validFrom(), "…") + " – " + java.util.Objects.toString(p.validTo(), "…");
        out.println(indent + I18n.text("show.handling", handling, valid,
                p.reviewBy() == null ? "–" : p.reviewBy().toString(),
                importId == null ? I18n.text("show.byHand") : I18n.text("show.import", importId)));
    }
}
