package org.netzbild.ui.exports;

import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.netzbild.app.Exports;
import org.netzbild.app.I18n;
import org.netzbild.export.Diagram;

/**
 * Takes a diagram's pages to the clipboard (one page, as a picture) or a printer (each page on a
 * sheet of the chosen paper and orientation, scaled into what the printer can print), and tells the
 * handover whether they arrived, so that the audit log says DONE only for what left. FX thread only.
 */
public final class DiagramDelivery {

    private final Supplier<PrinterJob> jobs;
    private final java.util.function.BooleanSupplier spooler;

    /** With the system's printers. */
    public DiagramDelivery() {
        this(PrinterJob::createPrinterJob, DiagramDelivery::spoolerPresent);
    }

    /**
     * With {@code jobs} making the print job ({@code null}: no printer) and {@code spooler} saying
     * whether the system's print spooler is there.
     */
    DiagramDelivery(Supplier<PrinterJob> jobs, java.util.function.BooleanSupplier spooler) {
        this.jobs = jobs;
        this.spooler = spooler;
    }

    /**
     * Whether the JDK can hand a print job over: on Linux it spools through {@code /usr/bin/lpr}
     * (Debian's package cups-bsd), and without it a job "succeeds" with nothing printed (seen on
     * Debian 12 with CUPS but no cups-bsd). Elsewhere the JDK's own spooler is used.
     */
    static boolean spoolerPresent() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.contains("linux") || java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/lpr"));
    }

    /** Puts the first page on the system clipboard as a picture; returns the status line. */
    public String toClipboard(Exports.Handover handover) {
        try {
            var content = new ClipboardContent();
            content.putImage(fx(handover.page(0)));
            if (!Clipboard.getSystemClipboard().setContent(content)) {
                throw new IllegalStateException("the clipboard refused the picture");
            }
        } catch (RuntimeException e) {
            handover.failed();
            throw e;
        }
        handover.delivered();
        var r = handover.result();
        return I18n.text("status.copied", r.entities(), r.links(), leftOut(r));
    }

    /**
     * Prints the pages after the system's print dialog, each scaled to fit the printable area of a
     * sheet of the diagram's paper and orientation; returns the status line (nothing printed: why).
     */
    public String print(Exports.Handover handover, Window owner) {
        if (!spooler.getAsBoolean()) {
            handover.failed();
            return I18n.text("export.noSpooler");
        }
        PrinterJob job = jobs.get();
        if (job == null) {
            handover.failed();
            return I18n.text("export.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            handover.failed();
            return I18n.text("export.printCancelled");
        }
        return printPages(job, handover);
    }

    /** Prints the pages with {@code job} (its printer chosen) and ends it; returns the status line. */
    String printPages(PrinterJob job, Exports.Handover handover) {
        PageLayout layout = layout(job.getPrinter(), handover.page());
        int number = 0;
        for (int index = 0; index < handover.pageCount(); index++) {
            number++;
            // one page in memory at a time: a chart split over many pages at 300 dpi would not fit
            var view = new ImageView(fx(handover.page(index)));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                handover.failed();
                return I18n.text("export.printFailed", number);
            }
        }
        if (!job.endJob()) {
            handover.failed();
            return I18n.text("export.printFailed", number);
        }
        handover.delivered();
        var r = handover.result();
        return I18n.text("status.printed", handover.pageCount(), r.entities(), r.links(), leftOut(r));
    }

    /** A sheet of the diagram's paper and orientation with the printer's smallest margins. */
    static PageLayout layout(Printer printer, Diagram.Page page) {
        Paper paper = page.paper() == Diagram.Paper.A3 ? Paper.A3 : Paper.A4;
        var orientation = page.orientation() == Diagram.Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * JavaFX's image of a page drawn by AWT (opaque RGB), pixel for pixel. The application does not
     * ship JavaFX's Swing bridge for this one copy.
     */
    static javafx.scene.image.WritableImage fx(java.awt.image.BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        var image = new javafx.scene.image.WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0,
                width);
        return image;
    }

    private static long leftOut(Exports.Result r) {
        return r.leftOut().values().stream().mapToLong(Long::longValue).sum();
    }
}
