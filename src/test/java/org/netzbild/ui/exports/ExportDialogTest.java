package org.netzbild.ui.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netzbild.app.I18n;
import org.netzbild.chart.ChartState;
import org.netzbild.export.SmallChart;
import org.netzbild.testsupport.FxThread;

/**
 * The export dialog's preview follows the recipient as it is typed: what goes out and what the
 * handling keeps back. Saves a picture of the dialog to {@code target/screenshots/export-dialog.png}.
 */
class ExportDialogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @BeforeAll
    static void fx() {
        FxThread.start();
    }

    @Test
    void thePreviewNamesWhatGoesOutAndWhatStaysOutForTheRecipientTyped() throws Exception {
        var chart = new SmallChart();
        var state = ChartState.EMPTY.with(chart.entities(), chart.links());
        I18n.use(I18n.GERMAN);

        String[] previews = FxThread.call(() -> {
            var dialog = new ExportDialog(state, chart.positions(), java.util.Set.of(), "Fall Berg",
                    org.netzbild.app.Exports.DiagramOptions.DEFAULT);
            String empty = dialog.previewText();
            field(dialog, "#exportRecipient").setText("KHK Meier, PP Dortmund");
            field(dialog, "#exportRecipientAgency").setText("pp-dortmund");
            String dortmund = dialog.previewText();
            field(dialog, "#exportRecipient").setText("KHK Schulz, PP Essen");
            field(dialog, "#exportRecipientAgency").setText("pp-essen");
            String essen = dialog.previewText();
            boolean okEnabled = !dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled();
            @SuppressWarnings("unchecked")
            var format = (javafx.scene.control.ChoiceBox<org.netzbild.app.Exports.Format>) dialog.getDialogPane().lookup("#exportFormat");
            format.setValue(org.netzbild.app.Exports.Format.PDF);
            dialog.pagePreviewNow();
            dialog.show();
            var image = dialog.getDialogPane().getScene().snapshot(null);
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.resolve("export-dialog.png").toFile());
            dialog.setResult(null);
            dialog.close();
            return new String[] {empty, essen, dortmund, Boolean.toString(okEnabled)};
        }, PATIENCE);

        assertThat(previews[1]).contains("3 Entitäten und 2 Verbindungen").contains("AGENCY_ONLY");
        assertThat(previews[2]).as("PP Dortmund receives its own father record").contains("4 Entitäten und 3 Verbindungen")
                .contains("Nichts bleibt draußen");
        assertThat(previews[3]).isEqualTo("true");
    }

    @Test
    void aDiagramAsksForItsPageAndTheSelectionAloneGoesOutWhenAsked() throws Exception {
        var chart = new SmallChart();
        var state = ChartState.EMPTY.with(chart.entities(), chart.links());
        I18n.use(I18n.GERMAN);

        Object[] seen = FxThread.call(() -> {
            var dialog = new ExportDialog(state, chart.positions(), java.util.Set.of(chart.anna.id(), chart.bar.id()));
            field(dialog, "#exportRecipient").setText("KHK Schulz, PP Essen");
            field(dialog, "#exportRecipientAgency").setText("pp-essen");
            @SuppressWarnings("unchecked")
            var format = (javafx.scene.control.ChoiceBox<org.netzbild.app.Exports.Format>) dialog.getDialogPane().lookup("#exportFormat");
            var paper = dialog.getDialogPane().lookup("#exportPaper");
            var dpi = dialog.getDialogPane().lookup("#exportDpi");
            format.setValue(org.netzbild.app.Exports.Format.XLSX);
            boolean pageForData = !paper.isDisabled();
            format.setValue(org.netzbild.app.Exports.Format.PDF);
            boolean pageForPdf = !paper.isDisabled();
            boolean dpiForPdf = !dpi.isDisabled();
            format.setValue(org.netzbild.app.Exports.Format.PNG);
            boolean dpiForPng = !dpi.isDisabled();
            ((javafx.scene.control.CheckBox) dialog.getDialogPane().lookup("#exportSelectionOnly")).setSelected(true);
            String selectionOnly = dialog.previewText();
            var choice = dialog.getResultConverter().call(ButtonType.OK);
            return new Object[] {pageForData, pageForPdf, dpiForPdf, dpiForPng, selectionOnly, choice};
        }, PATIENCE);

        assertThat(format(seen)).containsExactly(false, true, false, true);
        assertThat((String) seen[4]).contains("2 Entitäten und 1 Verbindungen");
        var choice = (ExportDialog.Choice) seen[5];
        assertThat(choice.format()).isEqualTo(org.netzbild.app.Exports.Format.PNG);
        assertThat(choice.page()).isEqualTo(new org.netzbild.export.Diagram.Page(org.netzbild.export.Diagram.Paper.A4,
                org.netzbild.export.Diagram.Orientation.LANDSCAPE, 300));
        assertThat(choice.selectionOnly()).isTrue();
    }

    @Test
    void theClipboardTakesOnePictureAndThePrinterThePagesChosen() throws Exception {
        var chart = new SmallChart();
        var state = ChartState.EMPTY.with(chart.entities(), chart.links());
        I18n.use(I18n.GERMAN);

        Object[] seen = FxThread.call(() -> {
            var dialog = new ExportDialog(state, chart.positions());
            field(dialog, "#exportRecipient").setText("KHK Schulz, PP Essen");
            @SuppressWarnings("unchecked")
            var target = (javafx.scene.control.ChoiceBox<ExportDialog.Target>) dialog.getDialogPane().lookup("#exportTarget");
            @SuppressWarnings("unchecked")
            var pages = (javafx.scene.control.ChoiceBox<java.util.List<Integer>>) dialog.getDialogPane().lookup("#exportPages");
            var format = dialog.getDialogPane().lookup("#exportFormat");
            var dpi = dialog.getDialogPane().lookup("#exportDpi");
            pages.setValue(java.util.List.of(2, 2));
            target.setValue(ExportDialog.Target.CLIPBOARD);
            boolean formatForClipboard = !format.isDisabled();
            boolean pagesForClipboard = !pages.isDisabled();
            boolean dpiForClipboard = !dpi.isDisabled();
            var clipboard = dialog.getResultConverter().call(ButtonType.OK);
            target.setValue(ExportDialog.Target.PRINTER);
            boolean pagesForPrinter = !pages.isDisabled();
            var printer = dialog.getResultConverter().call(ButtonType.OK);
            return new Object[] {formatForClipboard, pagesForClipboard, dpiForClipboard, pagesForPrinter, clipboard, printer};
        }, PATIENCE);

        assertThat(format(seen)).containsExactly(false, false, true, true);
        var clipboard = (ExportDialog.Choice) seen[4];
        assertThat(clipboard.target()).isEqualTo(ExportDialog.Target.CLIPBOARD);
        assertThat(clipboard.format()).isEqualTo(org.netzbild.app.Exports.Format.PNG);
        assertThat(clipboard.page().count()).as("the clipboard holds one picture").isEqualTo(1);
        var printer = (ExportDialog.Choice) seen[5];
        assertThat(printer.target()).isEqualTo(ExportDialog.Target.PRINTER);
        assertThat(printer.page().across() + "x" + printer.page().down()).isEqualTo("2x2");
    }

    @Test
    void aPictureShowsItsFirstPageAsTheRecipientWouldGetItAndADataFileNone() throws Exception {
        var chart = new SmallChart();
        var state = ChartState.EMPTY.with(chart.entities(), chart.links());
        I18n.use(I18n.GERMAN);

        Object[] seen = FxThread.call(() -> {
            var dialog = new ExportDialog(state, chart.positions(), java.util.Set.of(), "Fall Berg",
                    org.netzbild.app.Exports.DiagramOptions.DEFAULT);
            @SuppressWarnings("unchecked")
            var format = (javafx.scene.control.ChoiceBox<org.netzbild.app.Exports.Format>) dialog.getDialogPane().lookup("#exportFormat");
            @SuppressWarnings("unchecked")
            var orientation = (javafx.scene.control.ChoiceBox<org.netzbild.export.Diagram.Orientation>)
                    dialog.getDialogPane().lookup("#exportOrientation");
            format.setValue(org.netzbild.app.Exports.Format.XLSX);
            var forData = dialog.pagePreviewNow();
            format.setValue(org.netzbild.app.Exports.Format.PDF);
            field(dialog, "#exportRecipient").setText("KHK Meier, PP Dortmund");
            field(dialog, "#exportRecipientAgency").setText("pp-dortmund");
            var dortmund = dialog.pagePreviewNow();
            field(dialog, "#exportRecipientAgency").setText("pp-essen");
            var essen = dialog.pagePreviewNow();
            orientation.setValue(org.netzbild.export.Diagram.Orientation.PORTRAIT);
            var portrait = dialog.pagePreviewNow();
            return new Object[] {forData, dortmund, essen, portrait};
        }, PATIENCE);

        assertThat(seen[0]).as("a data file has no page").isNull();
        var dortmund = (javafx.scene.image.Image) seen[1];
        assertThat(dortmund.getWidth() / dortmund.getHeight()).as("A4 landscape").isCloseTo(841.89 / 595.28,
                org.assertj.core.data.Offset.offset(0.02));
        assertThat(pixels(dortmund)).as("the father is drawn for his own agency only").isNotEqualTo(pixels((javafx.scene.image.Image) seen[2]));
        var portrait = (javafx.scene.image.Image) seen[3];
        assertThat(portrait.getHeight()).isGreaterThan(portrait.getWidth());
    }

    private static int[] pixels(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static java.util.List<Object> format(Object[] seen) {
        return java.util.List.of(seen[0], seen[1], seen[2], seen[3]);
    }

    private static TextField field(ExportDialog dialog, String id) {
        return (TextField) dialog.getDialogPane().lookup(id);
    }
}
