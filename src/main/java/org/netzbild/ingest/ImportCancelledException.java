package org.netzbild.ingest;

/** The user cancelled a running import; what it had written is undone. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("import cancelled");
    }
}
