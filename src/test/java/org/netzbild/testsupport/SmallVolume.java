package org.netzbild.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few megabytes (a tmpfs mounted for the test), so that writes end in the
 * kernel's own "No space left on device" (ENOSPC), as on a full USB stick or a full home volume:
 * nothing is simulated above the file system. Mounting needs root (or CAP_SYS_ADMIN), which the
 * test containers have; without it the test fails and says so, rather than passing unproven.
 * {@link #fillUpTo} eats the room with a filler file that {@link #makeRoom} deletes again.
 */
public final class SmallVolume implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallVolume(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code megabytes} on a new empty folder under {@code parent}. */
    public static SmallVolume mount(Path parent, int megabytes) throws IOException, InterruptedException {
        Path mountPoint = Files.createDirectories(parent.resolve("volume-" + megabytes + "m"));
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs", mountPoint.toString()),
                "a small volume for the disk-full faults needs 'mount -t tmpfs' (root or CAP_SYS_ADMIN)");
        return new SmallVolume(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Writes a filler file until no more than {@code leaveBytes} are free. */
    public void fillUpTo(long leaveBytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            while (freeBytes() - block.length >= leaveBytes) {
                out.write(block);
                out.flush();
            }
        }
    }

    /** Eats the last free byte too. */
    public void fillCompletely() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the kernel said ENOSPC: the volume is full
        }
    }

    /** Deletes the filler: the room it took is free again. */
    public void makeRoom() throws IOException {
        Files.deleteIfExists(filler);
    }

    /**
     * Makes {@code file} read-only for everyone, root included: the immutable attribute
     * ({@code chattr +i}), since root passes over the permission bits; the bits are cleared too.
     */
    public static void makeReadOnly(Path file) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        run(List.of("chattr", "+i", file.toString()), "making a file read-only for root needs 'chattr +i'");
    }

    public static void makeWritable(Path file) throws IOException, InterruptedException {
        run(List.of("chattr", "-i", file.toString()), "chattr -i");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Override
    public void close() throws IOException {
        try {
            run(List.of("umount", "-l", mountPoint.toString()), "umount");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unmounting " + mountPoint, e);
        }
    }

    private static void run(List<String> command, String need) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(need + "; '" + String.join(" ", command) + "' said: " + said.strip());
        }
    }
}
