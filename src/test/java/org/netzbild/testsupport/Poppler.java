package org.netzbild.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Debian's Poppler ({@code poppler-utils}) as an independent PDF reader for the diagram exports:
 * {@code pdftoppm} renders a page to PNG. When it is missing, {@link DebianPackages} installs it.
 */
public final class Poppler {

    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    private static boolean ready;

    private Poppler() {
    }

    /** Page {@code page} (from 1) of {@code pdf} rendered at {@code dpi} by pdftoppm, through a file in {@code folder}. */
    public static BufferedImage render(Path pdf, int page, int dpi, Path folder) throws IOException {
        ensureInstalled();
        Path stem = folder.resolve("poppler-" + System.nanoTime());
        execute(List.of(PDFTOPPM.toString(), "-png", "-r", Integer.toString(dpi), "-f", Integer.toString(page), "-l",
                Integer.toString(page), "-singlefile", pdf.toString(), stem.toString()), 120);
        Path png = Path.of(stem + ".png");
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IllegalStateException("pdftoppm wrote no PNG for " + pdf);
        }
        return image;
    }

    public static synchronized void ensureInstalled() {
        if (ready) {
            return;
        }
        if (!Files.isExecutable(PDFTOPPM)) {
            DebianPackages.install("poppler-utils", "the PDF tests render pages with Poppler");
        }
        ready = true;
    }

    private static void execute(List<String> command, int seconds) {
        DebianPackages.run(command, seconds);
    }
}
