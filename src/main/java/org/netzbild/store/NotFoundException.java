package org.netzbild.store;

/** No entity or link with that id (or none the session may see). */
public final class NotFoundException extends StoreException {

    private final String id;

    public NotFoundException(String id) {
        super("no record with id '" + id + "'");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
