package org.netzbild.store;

import java.util.List;

/**
 * An import cannot be undone because other records hang on its entities: links or statements of
 * later imports, or records entered by hand. Undoing it would take them along; the user undoes
 * those first (or forces it knowingly).
 */
public final class ImportInUseException extends StoreException {

    private final String importId;
    private final List<String> dependents;

    /** @param dependents ids of the imports whose records depend on it; the empty string for records entered by hand */
    public ImportInUseException(String importId, List<String> dependents) {
        super("import " + importId + " is in use by " + dependents);
        this.importId = importId;
        this.dependents = List.copyOf(dependents);
    }

    public String importId() {
        return importId;
    }

    public List<String> dependents() {
        return dependents;
    }
}
