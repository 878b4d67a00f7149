package org.netzbild.store;

import java.nio.file.Path;

/**
 * The workspace's pointer to its database folder ({@code graph.current}, written by a bulk import)
 * is damaged: it names no such folder, or it is missing beside a folder that was switched in as the
 * store. Nothing is deleted then; the user restores the pointer.
 *
 * @param named  what the pointer names, when it names something that is no database folder
 * @param orphan the store folder left without its pointer
 */
public final class StoreFolderException extends StoreException {

    private final transient Path pointer;
    private final String named;
    private final String orphan;

    public StoreFolderException(Path pointer, String named, String orphan) {
        super(orphan != null
                ? "the workspace's pointer " + pointer + " is missing, but " + orphan + " is its store; nothing was deleted"
                : "the workspace's pointer " + pointer + " names no database folder ('" + named + "'); nothing was deleted");
        this.pointer = pointer;
        this.named = named;
        this.orphan = orphan;
    }

    public Path pointer() {
        return pointer;
    }

    public String named() {
        return named;
    }

    public String orphan() {
        return orphan;
    }
}
