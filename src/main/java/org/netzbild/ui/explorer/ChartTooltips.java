package org.netzbild.ui.explorer;

import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;

/**
 * What the chart's tooltips say: of an entity its full name, type and source; of a link its type,
 * its two ends, its source and validity, so that the analyst can read a connection without
 * selecting it; of an entity stated by several agencies, all of them. Only what is on the chart
 * already: hovering reads nothing from the store.
 */
final class ChartTooltips {

    private final ExplorerViewModel model;

    ChartTooltips(ExplorerViewModel model) {
        this.model = model;
    }

    String ofEntity(String id) {
        Entity entity = model.entityOnChart(id);
        if (entity == null) {
            return null;
        }
        var sources = model.sources().get(id);
        String more = sources == null || sources.size() < 2 ? ""
                : "\n" + I18n.text("tip.sources", String.join(", ", sources.stream().map(Labels::agency).toList()));
        return I18n.text("tip.entity", entity.caption(), I18n.text("type." + entity.type()),
                Labels.agency(entity.provenance().sourceAgency())) + validity(entity.provenance()) + more;
    }

    String ofLink(String id) {
        Link link = model.linkOnChart(id);
        if (link == null) {
            return null;
        }
        String details = link.properties().isEmpty() ? "" : " (" + Labels.linkDetails(link) + ")";
        var statements = model.statementsOfLink(id);
        var agencies = new java.util.TreeSet<String>(java.text.Collator.getInstance(I18n.locale()));
        statements.forEach(l -> agencies.add(Labels.agency(l.provenance().sourceAgency())));
        return I18n.text("tip.link", Labels.linkType(link.type()) + details, caption(link.fromId()), caption(link.toId()),
                Labels.agency(link.provenance().sourceAgency())) + validity(link.provenance())
                + (statements.size() > 1 ? "\n" + I18n.text("tip.statements", statements.size(), String.join(", ", agencies)) : "");
    }

    private String caption(String id) {
        Entity entity = model.entityOnChart(id);
        return entity == null ? id : entity.caption();
    }

    private static String validity(Provenance p) {
        if (p.validFrom() == null && p.validTo() == null) {
            return "";
        }
        return "\n" + I18n.text("tip.valid", Labels.value("", "", p.validFrom()), Labels.value("", "", p.validTo()));
    }
}
