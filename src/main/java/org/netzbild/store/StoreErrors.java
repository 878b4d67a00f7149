package org.netzbild.store;

/**
 * Maps Neo4j status codes, which both adapters report in the same form
 * ({@code Neo.ClientError.Schema.ConstraintValidationFailed}), to the port's exceptions, so the
 * embedded and the Bolt adapter fail alike.
 */
public final class StoreErrors {

    private StoreErrors() {
    }

    public static StoreException fromStatus(String code, RuntimeException cause, String where) {
        String message = cause.getMessage() == null ? code : cause.getMessage();
        if (code.endsWith("ConstraintValidationFailed") || code.endsWith("ConstraintViolation")) {
            return new DuplicateIdException("a record with this id exists already: " + firstLine(message), cause);
        }
        if (code.contains("DatabaseUnavailable") || code.contains("ServiceUnavailable")
                || code.contains("DatabaseNotFound")) {
            return new StoreUnavailableException("the database at " + where + " is not available: " + firstLine(message), cause);
        }
        return new StoreException("the database at " + where + " refused the operation (" + code + "): "
                + firstLine(message), cause);
    }

    public static StoreUnavailableException unavailable(String message, Throwable cause) {
        return new StoreUnavailableException(message, cause);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
