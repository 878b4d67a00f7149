package org.netzbild.ui.inspector;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.netzbild.app.EntityForms;
import org.netzbild.app.I18n;
import org.netzbild.app.Labels;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;
import org.netzbild.model.Statement;

/**
 * Shows the selected entity's properties and its links, each row with where it came from:
 * agency, reference, recorded when and by whom, EU 4x4 grading, fact or assessment, handling.
 * An assessment is marked as such in every row, never shown as a fact. When several agencies
 * state a property, their values stand in adjacent rows, one per statement, and values that
 * disagree are marked.
 */
public final class InspectorPane extends VBox {

    /**
     * One row: a property (or link) and the provenance of the statement that makes it;
     * {@code divergent} when another statement gives this property a different value.
     */
    public record Row(String property, String value, String agency, String reference, String recorded,
                      String grading, String nature, String handling, boolean divergent) {
    }

    private static final javafx.css.PseudoClass DIVERGENT = javafx.css.PseudoClass.getPseudoClass("divergent");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final Label title = new Label(I18n.text("inspector.empty"));
    private final Label sources = new Label();
    private final Label duplicate = new Label();
    private final TableView<Row> table = new TableView<>();

    public InspectorPane() {
        setId("inspector");
        setSpacing(6);
        title.setId("inspectorTitle");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        table.setId("inspectorTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(I18n.text("inspector.none")));
        sources.setId("inspectorSources");
        sources.setWrapText(true);
        duplicate.setId("inspectorDuplicate");
        duplicate.setWrapText(true);
        duplicate.setStyle("-fx-text-fill: #a0522d;");
        duplicate.managedProperty().bind(duplicate.textProperty().isNotEmpty());
        duplicate.visibleProperty().bind(duplicate.textProperty().isNotEmpty());
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DIVERGENT, !empty && row != null && row.divergent());
                setTooltip(!empty && row != null && row.divergent() ? new javafx.scene.control.Tooltip(
                        I18n.text("inspector.divergent", row.property())) : null);
            }
        });
        table.getStylesheets().add(InspectorPane.class.getResource("inspector.css").toExternalForm());
        table.getColumns().addAll(List.of(column("inspector.property", Row::property, 120),
                column("inspector.value", Row::value, 190), column("inspector.agency", Row::agency, 150),
                column("inspector.grading", Row::grading, 60), column("inspector.nature", Row::nature, 80),
                column("inspector.reference", Row::reference, 130), column("inspector.recorded", Row::recorded, 170),
                column("inspector.handling", Row::handling, 90)));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, sources, duplicate, table);
    }

    /**
     * The "possible duplicate" hint for the entity shown (ADR 0031): the other person of its best
     * candidate, its agency and the score; {@code null} for none.
     */
    public void showPossibleDuplicate(String other) {
        duplicate.setText(other == null ? "" : "⚑ " + I18n.text("duplicates.hint", other));
    }

    /**
     * Shows an entity, what each agency states about it and the links the chart has for it;
     * {@code null} clears the pane. {@code statements} may be empty while they are still being
     * read: the entity's own record stands for them meanwhile.
     */
    public void show(Entity entity, List<Statement> statements, List<Link> links,
                     java.util.function.Function<String, String> captionOf) {
        if (entity == null) {
            title.setText(I18n.text("inspector.empty"));
            sources.setText("");
            table.getItems().clear();
            return;
        }
        List<Statement> stated = statements.isEmpty() ? List.of(Statement.of(entity)) : statements;
        title.setText(I18n.text("type." + entity.type()) + ": " + entity.caption());
        var agencies = stated.stream().map(st -> st.provenance().sourceAgency()).distinct().toList();
        sources.setText(agencies.size() < 2 ? "" : I18n.text("inspector.sources", agencies.size(), String.join(", ", agencies)));
        var rows = FXCollections.<Row>observableArrayList();
        rows.add(row(I18n.text("inspector.id"), entity.id(), entity.provenance(), false));
        var names = new java.util.LinkedHashSet<String>(EntityForms.propertyOrder(entity.type()));
        stated.forEach(st -> names.addAll(st.properties().keySet()));
        for (String name : names) {
            var values = stated.stream().filter(st -> st.properties().containsKey(name)).toList();
            if (values.isEmpty()) {
                continue;
            }
            boolean divergent = values.stream().map(st -> st.get(name)).distinct().count() > 1;
            values.forEach(st -> rows.add(row(EntityForms.label(name), Labels.value(entity.type(), name, st.get(name)),
                    st.provenance(), divergent)));
        }
        for (Statement st : stated) {
            Provenance p = st.provenance();
            if (p.validFrom() != null || p.validTo() != null) {
                rows.add(row(I18n.text("inspector.valid"), text(p.validFrom()) + " – " + text(p.validTo()), p, false));
            }
            if (p.reviewBy() != null) {
                rows.add(row(I18n.text("inspector.reviewBy"), text(p.reviewBy()), p, false));
            }
        }
        for (Link link : links) {
            boolean outgoing = link.fromId().equals(entity.id());
            String other = captionOf.apply(outgoing ? link.toId() : link.fromId());
            String details = link.properties().isEmpty() ? "" : " (" + Labels.linkDetails(link) + ")";
            rows.add(row((outgoing ? "→ " : "← ") + Labels.linkType(link.type()), other + details, link.provenance(), false));
        }
        table.setItems(rows);
    }

    /**
     * Shows a link as an object of its own: its type and ends, then every agency's statement of
     * that connection ({@code statements}: links of the same type between the same two entities,
     * the selected one first), each property with the provenance of the statement that makes it,
     * values that disagree marked as for an entity.
     */
    public void showLink(Link link, List<Link> statements, java.util.function.Function<String, String> captionOf) {
        List<Link> stated = statements.isEmpty() ? List.of(link) : statements;
        title.setText(I18n.text("inspector.linkTitle", Labels.linkType(link.type()), captionOf.apply(link.fromId()),
                captionOf.apply(link.toId())));
        var agencies = stated.stream().map(l -> Labels.agency(l.provenance().sourceAgency())).distinct().toList();
        sources.setText(agencies.size() < 2 ? "" : I18n.text("inspector.sources", agencies.size(), String.join(", ", agencies)));
        var rows = FXCollections.<Row>observableArrayList();
        var names = new java.util.LinkedHashSet<String>();
        stated.forEach(l -> names.addAll(l.properties().keySet()));
        for (Link statement : stated) {
            Provenance p = statement.provenance();
            rows.add(row(I18n.text("inspector.linkType"), Labels.linkType(statement.type()), p, false));
            rows.add(row(I18n.text("inspector.linkEnds"), captionOf.apply(statement.fromId()) + " → "
                    + captionOf.apply(statement.toId()), p, false));
            for (String name : names) {
                if (!statement.properties().containsKey(name)) {
                    continue;
                }
                boolean divergent = stated.stream().filter(l -> l.properties().containsKey(name))
                        .map(l -> l.get(name)).distinct().count() > 1;
                rows.add(row(EntityForms.label(name), Labels.value(statement.type(), name, statement.get(name)), p, divergent));
            }
            if (p.validFrom() != null || p.validTo() != null) {
                rows.add(row(I18n.text("inspector.valid"), text(p.validFrom()) + " – " + text(p.validTo()), p, false));
            }
            if (p.reviewBy() != null) {
                rows.add(row(I18n.text("inspector.reviewBy"), text(p.reviewBy()), p, false));
            }
            rows.add(row(I18n.text("inspector.id"), statement.id(), p, false));
        }
        table.setItems(rows);
    }

    /** The inspector's heading as it stands, for tests. */
    public String heading() {
        return title.getText();
    }

    public List<Row> rows() {
        return List.copyOf(table.getItems());
    }

    private static Row row(String property, String value, Provenance p, boolean divergent) {
        String grading = p.grading() == null ? I18n.text("inspector.ungraded")
                : p.grading().code() + (p.grading().scheme().equals("EU4x4") ? "" : " (" + p.grading().scheme() + ")");
        String handling = Labels.enumValue("Handling", p.handling().name())
                + (p.handlingCode() == null ? "" : " " + p.handlingCode());
        return new Row(property, value, Labels.agency(p.sourceAgency()), p.sourceRef() == null ? "" : p.sourceRef(),
                DATE.withLocale(I18n.locale()).format(p.recordedAt().atZone(ZoneId.systemDefault())) + ", " + p.recordedBy(),
                grading, I18n.text("nature." + p.nature().name()), handling, divergent);
    }

    /** A provenance date (or a value of no particular property) in the language's style; empty for none. */
    private static String text(Object value) {
        return Labels.value("", "", value);
    }

    private static TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value,
                                                   double width) {
        var column = new TableColumn<Row, String>(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
