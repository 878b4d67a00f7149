package org.netzbild.ui.inspector;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.netzbild.app.EntityForms;
import org.netzbild.app.I18n;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Provenance;

/**
 * Shows the selected entity's properties and its links, each row with where it came from:
 * agency, reference, recorded when and by whom, EU 4x4 grading, fact or assessment, handling.
 * An assessment is marked as such in every row, never shown as a fact.
 */
public final class InspectorPane extends VBox {

    /** One row: a property (or link) and the provenance of the record that states it. */
    public record Row(String property, String value, String agency, String reference, String recorded,
                      String grading, String nature, String handling) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private final Label title = new Label(I18n.text("inspector.empty"));
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
        table.getColumns().addAll(List.of(column("inspector.property", Row::property, 120),
                column("inspector.value", Row::value, 190), column("inspector.agency", Row::agency, 150),
                column("inspector.grading", Row::grading, 60), column("inspector.nature", Row::nature, 80),
                column("inspector.reference", Row::reference, 130), column("inspector.recorded", Row::recorded, 170),
                column("inspector.handling", Row::handling, 90)));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, table);
    }

    /** Shows an entity and the links the chart has for it; {@code null} clears the pane. */
    public void show(Entity entity, List<Link> links, java.util.function.Function<String, String> captionOf) {
        if (entity == null) {
            title.setText(I18n.text("inspector.empty"));
            table.getItems().clear();
            return;
        }
        title.setText(I18n.text("type." + entity.type()) + ": " + entity.caption());
        var rows = FXCollections.<Row>observableArrayList();
        rows.add(row(I18n.text("inspector.id"), entity.id(), entity.provenance()));
        entity.properties().forEach((name, value) -> rows.add(row(EntityForms.label(name), text(value),
                entity.provenance())));
        Provenance p = entity.provenance();
        if (p.validFrom() != null || p.validTo() != null) {
            rows.add(row(I18n.text("inspector.valid"), text(p.validFrom()) + " – " + text(p.validTo()), p));
        }
        if (p.reviewBy() != null) {
            rows.add(row(I18n.text("inspector.reviewBy"), text(p.reviewBy()), p));
        }
        for (Link link : links) {
            boolean outgoing = link.fromId().equals(entity.id());
            String other = captionOf.apply(outgoing ? link.toId() : link.fromId());
            String details = link.properties().isEmpty() ? "" : " " + link.properties();
            rows.add(row((outgoing ? "→ " : "← ") + link.type(), other + details, link.provenance()));
        }
        table.setItems(rows);
    }

    public List<Row> rows() {
        return List.copyOf(table.getItems());
    }

    private static Row row(String property, String value, Provenance p) {
        String grading = p.grading() == null ? I18n.text("inspector.ungraded")
                : p.grading().code() + (p.grading().scheme().equals("EU4x4") ? "" : " (" + p.grading().scheme() + ")");
        String handling = p.handling().name() + (p.handlingCode() == null ? "" : " " + p.handlingCode());
        return new Row(property, value, p.sourceAgency(), p.sourceRef() == null ? "" : p.sourceRef(),
                DATE.withLocale(I18n.locale()).format(p.recordedAt().atZone(ZoneId.systemDefault())) + ", " + p.recordedBy(),
                grading, I18n.text("nature." + p.nature().name()), handling);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor date && value instanceof java.time.LocalDate) {
            return DATE.withLocale(I18n.locale()).format(date);
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(Object::toString).toList());
        }
        return value.toString();
    }

    private static TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value,
                                                   double width) {
        var column = new TableColumn<Row, String>(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
