package org.netzbild.testsupport;

/**
 * The checkpoints of an import as the kill harness sees them, numbered in the order an import
 * passes them: its start, each batch reported, each step of a bulk import, the moment the offline
 * importer's own process runs, and the end. The numbering is the same in every run of the same
 * import, so "halt at checkpoint 4" is one exact moment, and a round over all numbers is a kill at
 * every checkpoint.
 */
final class ImportCheckpoints {

    private final int haltAt;
    private int passed;
    private Thread importerWatch;
    private volatile boolean importerDone;

    ImportCheckpoints(int haltAt) {
        this.haltAt = haltAt;
    }

    /** Counts a checkpoint and stops the JVM at once when it is the one to halt at. */
    synchronized void pass(String what) {
        int number = passed++;
        ImportChildMain.say("CHECKPOINT " + number + " " + what);
        if (number == haltAt) {
            Runtime.getRuntime().halt(137);
        }
    }

    /**
     * Watches for the offline importer's process (a child of this JVM) and passes a checkpoint
     * while it runs: halting there is a kill in the middle of the load, and the importer must then
     * stop by itself.
     */
    void passWhenImporterRuns() {
        importerWatch = Thread.ofPlatform().daemon().name("importer-watch").start(() -> {
            while (!importerDone) {
                var importer = ProcessHandle.current().children().filter(ProcessHandle::isAlive).findFirst();
                if (importer.isPresent()) {
                    ImportChildMain.say("IMPORTER " + importer.get().pid());
                    pass("importer runs");
                    return;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // the numbering of the later checkpoints shifts; the harness compares names and fails
            ImportChildMain.say("IMPORTER unseen");
        });
    }

    /**
     * Called once the importer's process has ended (the next step begins): waits until the watcher
     * has passed its checkpoint, so that the numbering stays in order.
     */
    void awaitImporterSeen() {
        if (importerWatch == null) {
            return;
        }
        importerDone = true;
        try {
            importerWatch.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        importerWatch = null;
    }
}
