package org.netzbild.app;

/** Reports how far a long piece of work has come; the desktop binds it to a progress bar, the command line prints it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /**
     * @param total the expected amount, or -1 when unknown
     * @param message a localised short text, may be empty
     */
    void update(long done, long total, String message);
}
