package org.netzbild.store;

/** The database cannot be reached or has been shut down. */
public class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
