package org.netzbild.export;

/**
 * Spreadsheet cells that cannot act as formulas (CSV or formula injection): a text whose first
 * character, after any leading spaces (which spreadsheets skip), is {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (or the full-width forms of the first four) is prefixed with
 * an apostrophe, which Excel and LibreOffice show as text and never evaluate. Nothing else changes.
 */
public final class Cells {

    private Cells() {
    }

    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && triggers(text.charAt(i)) ? "'" + text : text;
    }

    /** Whether a spreadsheet may start a formula (or a field split) at this character. */
    static boolean triggers(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
