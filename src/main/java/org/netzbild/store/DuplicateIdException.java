package org.netzbild.store;

/** A record with that id exists already; nothing of the write was stored. */
public final class DuplicateIdException extends StoreException {

    public DuplicateIdException(String message, Throwable cause) {
        super(message, cause);
    }
}
