package org.netzbild.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A file that could not be read, in the user's words: missing, not permitted, or what the
 * operating system said (a disk or share that failed). Never an exception's class name or a
 * library's message: those help a developer, not the clerk who sent the file.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    static ImportProblem of(String file, IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> ImportProblem.of(file, 0, null, null, "problem.fileMissing");
            case AccessDeniedException denied -> ImportProblem.of(file, 0, null, null, "problem.fileAccessDenied");
            case FileSystemException system when system.getReason() != null ->
                    ImportProblem.of(file, 0, null, null, "problem.unreadable", system.getReason());
            default -> ImportProblem.of(file, 0, null, null, "problem.readFailed");
        };
    }
}
