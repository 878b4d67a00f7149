package org.netzbild.export;

import java.util.List;

/**
 * The words an export carries besides its records, already in the user's language: a title and the
 * lines of its head (recipient, date, author, case, handling banner) and the footnotes (what was
 * left out for the recipient and why, what the format cannot carry), and the names of the tables
 * (entities, links, notes) where a format has sheets or several files.
 */
public record ExportNotes(String title, List<String> head, List<String> footnotes, List<String> tableNames,
                          PageLabel pageLabel) {

    /** The words that name one page of a diagram split over several, e.g. "Seite 2 von 4 (Zeile 1, Spalte 2)". */
    public interface PageLabel {
        String of(int page, int pages, int row, int column);
    }

    /** A page named by its numbers alone, {@code 2/4}. */
    public static final PageLabel NUMBERS = (page, pages, row, column) -> page + "/" + pages;

    /** Notes whose pages are named by their numbers alone. */
    public ExportNotes(String title, List<String> head, List<String> footnotes, List<String> tableNames) {
        this(title, head, footnotes, tableNames, NUMBERS);
    }

    public ExportNotes {
        java.util.Objects.requireNonNull(pageLabel, "pageLabel");
        head = List.copyOf(head);
        footnotes = List.copyOf(footnotes);
        tableNames = List.copyOf(tableNames);
        if (tableNames.size() != 3) {
            throw new IllegalArgumentException("three table names: entities, links, notes");
        }
    }

    /** Head and footnotes, one line each. */
    public List<String> lines() {
        var lines = new java.util.ArrayList<String>();
        lines.add(title);
        lines.addAll(head);
        lines.addAll(footnotes);
        return lines;
    }
}
