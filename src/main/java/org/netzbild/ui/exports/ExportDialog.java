package org.netzbild.ui.exports;

import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.netzbild.app.Exports;
import org.netzbild.app.I18n;
import org.netzbild.chart.ChartState;
import org.netzbild.export.Diagram;
import org.netzbild.export.Recipient;

/**
 * Asks for the format and the recipient of an export of the chart on screen, for a diagram also
 * the page (A4 or A3, orientation), over how many pages the chart is split and a PNG's resolution,
 * and whether only the selection goes out. The preview below
 * says, while the recipient is typed, how many entities and links go out and what the records'
 * handling keeps back from that recipient; nothing is read or logged until the export runs.
 */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {

    /** Where the export goes: a file, or the chart's picture to the clipboard or a printer. */
    public enum Target { FILE, CLIPBOARD, PRINTER }

    /**
     * What the user chose; for the clipboard and the printer the format is a picture (PNG);
     * {@code sources}: a picture names each entity's source in a footnote.
     */
    public record Choice(Exports.Format format, Recipient recipient, Diagram.Page page, boolean selectionOnly, Target target,
                         boolean sources) {

        /** A file, without source footnotes. */
        public Choice(Exports.Format format, Recipient recipient, Diagram.Page page, boolean selectionOnly) {
            this(format, recipient, page, selectionOnly, Target.FILE, false);
        }
    }

    private final ChartState state;
    private final Map<String, double[]> positions;
    private final ChoiceBox<Target> target = new ChoiceBox<>(FXCollections.observableArrayList(Target.values()));
    private final ChoiceBox<Exports.Format> format = new ChoiceBox<>(FXCollections.observableArrayList(Exports.Format.values()));
    private final TextField recipient = new TextField();
    private final TextField agency = new TextField();
    private final ChoiceBox<Recipient.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(Recipient.Kind.values()));
    private final TextField user = new TextField();
    private final Label preview = new Label();
    private final ChoiceBox<Diagram.Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(Diagram.Paper.values()));
    private final ChoiceBox<Diagram.Orientation> orientation =
            new ChoiceBox<>(FXCollections.observableArrayList(Diagram.Orientation.values()));
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>(FXCollections.observableArrayList(96, 150, 300, 600));
    /** Pages across and down: one, or a split of the chart over several. */
    private final ChoiceBox<java.util.List<Integer>> pages = new ChoiceBox<>(FXCollections.observableArrayList(
            java.util.List.of(1, 1), java.util.List.of(2, 1), java.util.List.of(1, 2), java.util.List.of(2, 2),
            java.util.List.of(3, 2), java.util.List.of(2, 3), java.util.List.of(3, 3), java.util.List.of(4, 3),
            java.util.List.of(4, 4)));
    private final CheckBox selectionOnly = new CheckBox(I18n.text("export.field.selectionOnly"));
    private final CheckBox sources = new CheckBox(I18n.text("export.field.sources"));
    private final java.util.Set<String> selection;
    /** The first page of the diagram as it would go out, for pictures. */
    private final javafx.scene.image.ImageView pagePreview = new javafx.scene.image.ImageView();
    private final javafx.animation.PauseTransition pictureLater = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(250));
    private final String title;
    private final Exports.DiagramOptions looks;

    public ExportDialog(ChartState state, Map<String, double[]> positions) {
        this(state, positions, java.util.Set.of());
    }

    /** With the chart's selection, which the user may export alone (any format). */
    public ExportDialog(ChartState state, Map<String, double[]> positions, java.util.Set<String> selection) {
        this(state, positions, selection, "", Exports.DiagramOptions.DEFAULT);
    }

    /**
     * With the chart's title and how the screen draws it ({@code looks}: the entities' looks and the
     * category marks), for the preview of a picture's first page.
     */
    public ExportDialog(ChartState state, Map<String, double[]> positions, java.util.Set<String> selection, String title,
                        Exports.DiagramOptions looks) {
        this.state = state;
        this.positions = positions;
        this.selection = java.util.Set.copyOf(selection);
        this.title = title;
        this.looks = looks;
        setTitle(I18n.text("export.dialogTitle"));
        setHeaderText(I18n.text("export.dialogHeader"));
        target.setId("exportTarget");
        target.setConverter(named("export.destination."));
        target.setValue(Target.FILE);
        format.setId("exportFormat");
        format.setConverter(named("export.format."));
        format.setValue(Exports.Format.XLSX);
        kind.setId("exportRecipientKind");
        kind.setConverter(named("export.kind."));
        kind.setValue(Recipient.Kind.LAW_ENFORCEMENT);
        recipient.setId("exportRecipient");
        recipient.setPromptText(I18n.text("export.recipientPrompt"));
        agency.setId("exportRecipientAgency");
        agency.setPromptText("pp-dortmund");
        user.setId("exportRecipientUser");
        preview.setId("exportPreview");
        preview.setWrapText(true);
        preview.setPrefWidth(460);
        preview.setMinHeight(90);

        paper.setId("exportPaper");
        paper.setValue(Diagram.Paper.A4);
        orientation.setId("exportOrientation");
        orientation.setConverter(named("export.orientation."));
        orientation.setValue(Diagram.Orientation.LANDSCAPE);
        dpi.setId("exportDpi");
        dpi.setValue(300);
        pages.setId("exportPages");
        pages.setValue(pages.getItems().getFirst());
        pages.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.util.List<Integer> split) {
                return split == null ? "" : split.get(0) * split.get(1) == 1 ? I18n.text("export.pages.one")
                        : I18n.text("export.pages.split", split.get(0), split.get(1), split.get(0), split.get(1));
            }

            @Override
            public java.util.List<Integer> fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        selectionOnly.setId("exportSelectionOnly");
        selectionOnly.setDisable(this.selection.isEmpty());
        // the page's settings matter for diagrams only; the clipboard and the printer take a picture
        // (the clipboard one page)
        format.disableProperty().bind(target.valueProperty().isNotEqualTo(Target.FILE));
        for (var pageControl : new javafx.scene.Node[] {paper, orientation}) {
            pageControl.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !picture(), format.valueProperty(), target.valueProperty()));
        }
        pages.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !picture() || target.getValue() == Target.CLIPBOARD, format.valueProperty(), target.valueProperty()));
        dpi.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> target.getValue() == Target.FILE && format.getValue() != Exports.Format.PNG,
                format.valueProperty(), target.valueProperty()));
        selectionOnly.selectedProperty().addListener((o, was, now) -> refresh());
        sources.setId("exportSources");
        sources.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !picture(),
                format.valueProperty(), target.valueProperty()));
        sources.selectedProperty().addListener((o, was, now) -> pictureLater.playFromStart());

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.text("export.field.destination")), target);
        grid.addRow(1, new Label(I18n.text("export.field.format")), format);
        grid.addRow(2, new Label(I18n.text("export.field.recipient")), recipient);
        grid.addRow(3, new Label(I18n.text("export.field.agency")), agency);
        grid.addRow(4, new Label(I18n.text("export.field.kind")), kind);
        grid.addRow(5, new Label(I18n.text("export.field.user")), user);
        grid.addRow(6, new Label(I18n.text("export.field.paper")), new javafx.scene.layout.HBox(8, paper, orientation));
        grid.addRow(7, new Label(I18n.text("export.field.pages")), pages);
        grid.addRow(8, new Label(I18n.text("export.field.dpi")), dpi);
        grid.add(sources, 1, 9);
        grid.add(selectionOnly, 1, 10);
        grid.add(preview, 0, 11, 2, 1);
        pagePreview.setId("exportPagePreview");
        pagePreview.setPreserveRatio(true);
        pagePreview.setFitWidth(PREVIEW_WIDTH);
        pagePreview.setFitHeight(PREVIEW_WIDTH);
        pagePreview.setSmooth(true);
        pagePreview.setEffect(new javafx.scene.effect.DropShadow(6, javafx.scene.paint.Color.gray(0.5)));
        pagePreview.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(this::picture,
                format.valueProperty(), target.valueProperty()));
        var previewBox = new javafx.scene.layout.VBox(pagePreview);
        previewBox.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        previewBox.setMinWidth(PREVIEW_WIDTH + 16);
        grid.add(previewBox, 2, 0, 1, 11);
        pictureLater.setOnFinished(e -> drawPagePreview());
        for (var control : new ChoiceBox<?>[] {format, target, paper, orientation, pages}) {
            control.valueProperty().addListener((o, was, now) -> pictureLater.playFromStart());
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560 + PREVIEW_WIDTH + 16);
        org.netzbild.ui.forms.Buttons.okAndCancel(this);
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(recipient.textProperty().isEmpty());
        for (var field : new TextField[] {recipient, agency, user}) {
            field.textProperty().addListener((o, was, now) -> refresh());
        }
        kind.valueProperty().addListener((o, was, now) -> refresh());
        refresh();
        setResultConverter(button -> button == ButtonType.OK && !recipient.getText().isBlank() ? choice() : null);
    }

    private Choice choice() {
        var split = target.getValue() == Target.CLIPBOARD ? java.util.List.of(1, 1) : pages.getValue();
        var page = new Diagram.Page(paper.getValue(), orientation.getValue(), dpi.getValue(), split.get(0), split.get(1));
        var chosenFormat = target.getValue() == Target.FILE ? format.getValue() : Exports.Format.PNG;
        return new Choice(chosenFormat, recipientNow(), page, selectionOnly.isSelected(), target.getValue(),
                sources.isSelected() && picture());
    }

    /** Whether a picture of the chart is made: a diagram file, or for the clipboard or a printer. */
    private boolean picture() {
        return target.getValue() != Target.FILE || format.getValue() != null && format.getValue().diagram();
    }

    private Recipient recipientNow() {
        return new Recipient(recipient.getText().isBlank() ? "?" : recipient.getText(), agency.getText(), kind.getValue(),
                user.getText());
    }

    /** The preview's width (and height at most), in pixels. */
    private static final double PREVIEW_WIDTH = 260;

    /** The preview for the recipient as typed so far; the page's picture a moment later. */
    private void refresh() {
        pictureLater.playFromStart();
        var shown = shownNow();
        var disclosure = Exports.preview(shown, positions, recipientNow());
        var text = new StringBuilder(I18n.text("export.preview", disclosure.entities().size(), disclosure.links().size(),
                disclosure.banner()));
        disclosure.leftOutCounts().forEach((reason, count) ->
                text.append('\n').append(I18n.text("export.leftOut." + reason.name(), count)));
        if (disclosure.leftOut().isEmpty()) {
            text.append('\n').append(I18n.text("export.nothingLeftOut"));
        }
        preview.setText(text.toString());
    }

    private ChartState shownNow() {
        return selectionOnly.isSelected() ? state.hiding(notSelected()) : state;
    }

    /** Draws the first page as the export would, small, for a picture; nothing for a data file. */
    /**
     * Draws the first page off the FX thread (a chart of thousands of entities takes a moment) and
     * shows it unless the choices changed meanwhile; nothing for a data file.
     */
    private void drawPagePreview() {
        var drawing = pageDrawing();
        long asked = ++previewsAsked;
        if (drawing == null) {
            pagePreview.setImage(null);
            return;
        }
        java.util.concurrent.CompletableFuture.supplyAsync(drawing).thenAccept(image -> javafx.application.Platform.runLater(() -> {
            if (asked == previewsAsked) {
                pagePreview.setImage(DiagramDelivery.fx(image));
            }
        }));
    }

    /** The previews asked for so far: a picture that comes back after a later one was asked for is dropped. */
    private long previewsAsked;

    /** How to draw the first page as the choices stand now (read on the FX thread), or {@code null} for a data file. */
    private java.util.function.Supplier<java.awt.image.BufferedImage> pageDrawing() {
        if (!picture() || paper.getValue() == null || orientation.getValue() == null || pages.getValue() == null) {
            return null;
        }
        var split = target.getValue() == Target.CLIPBOARD ? java.util.List.of(1, 1) : pages.getValue();
        var page = new Diagram.Page(paper.getValue(), orientation.getValue(), 72, split.get(0), split.get(1));
        double longSide = Math.max(page.width(), page.height());
        double dpi = 72 * PREVIEW_WIDTH * 2 / longSide; // twice the pixels shown, for a sharp picture on a HiDPI screen
        var shown = shownNow();
        var recipientAsTyped = recipientNow();
        var options = looks.on(page).withSources(sources.isSelected());
        return () -> Exports.previewPage(title, shown, positions, recipientAsTyped, options, dpi);
    }

    /** The page preview as the choices stand now, drawn at once on the calling thread (for tests). */
    javafx.scene.image.Image pagePreviewNow() {
        pictureLater.stop();
        previewsAsked++;
        var drawing = pageDrawing();
        pagePreview.setImage(drawing == null ? null : DiagramDelivery.fx(drawing.get()));
        return pagePreview.getImage();
    }

    private java.util.Set<String> notSelected() {
        var others = new java.util.HashSet<>(state.entities().keySet());
        others.removeAll(selection);
        return others;
    }

    /** The text of the dialog's current preview, for tests. */
    String previewText() {
        return preview.getText();
    }

    private static <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : I18n.text(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
