package org.netzbild.store;

import java.nio.file.Path;

/** The server's certificate or key file cannot be used (missing, unreadable, not PEM, key and certificate not a pair). */
public final class ServerCertificateException extends StoreException {

    private final Path file;

    public ServerCertificateException(Path file, String reason, Throwable cause) {
        super("the file " + file + " cannot be used for TLS: " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Why, in the words of the check that failed (English, technical). */
    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
