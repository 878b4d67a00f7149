package org.netzbild.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's Poppler ({@code poppler-utils}) as an independent PDF reader for the diagram exports:
 * {@code pdftoppm} renders a page to PNG. When it is missing and the tests run as root on Debian, it
 * is installed once with apt-get (as {@link Networkx} installs networkx, and {@code .ci/run} does).
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
            if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                throw new IllegalStateException("the PDF tests render pages with Poppler: sudo apt-get install poppler-utils");
            }
            execute(List.of("/usr/bin/apt-get", "install", "-y", "-qq", "--no-install-recommends", "poppler-utils"), 600);
        }
        ready = true;
    }

    private static void execute(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            var out = new java.io.ByteArrayOutputStream();
            Thread pump = Thread.ofVirtual().start(() -> {
                try {
                    process.getInputStream().transferTo(out);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + seconds + " s");
            }
            pump.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " ended with " + process.exitValue() + ": "
                        + out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
