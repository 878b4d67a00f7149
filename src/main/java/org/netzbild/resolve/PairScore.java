package org.netzbild.resolve;

import java.util.List;

/**
 * Why two records may be one person: the score (0 to 1) and, field by field, whether they agree, what
 * was compared and what it added to the score. What a reviewer reads before a merge.
 */
public record PairScore(double score, List<Field> fields) {

    public PairScore {
        fields = List.copyOf(fields);
    }

    /** What was compared. */
    public enum Topic { NAME, BIRTH_DATE, ADDRESS, IDENTIFIER,
        /** How many records bear the name, and the namesakes born on the same day expected among them (ADR 0037). */
        NAMESAKES }

    /** How a field compares. */
    public enum Verdict { AGREES, PARTLY, DISAGREES, UNKNOWN }

    /**
     * One field's comparison.
     *
     * @param detail the values compared and the similarity, in the records' own words (names, dates, numbers)
     * @param points what the field added to the score (negative for a contradiction)
     */
    public record Field(Topic topic, Verdict verdict, String detail, double points) {
    }

    public Field field(Topic topic) {
        return fields.stream().filter(f -> f.topic() == topic).findFirst().orElse(null);
    }

    /** One line: the score and each field's verdict with its detail. */
    public String explanation() {
        var text = new StringBuilder(String.format(java.util.Locale.ROOT, "%.2f", score));
        for (Field f : fields) {
            text.append(" | ").append(f.topic()).append(' ').append(f.verdict());
            if (!f.detail().isEmpty()) {
                text.append(": ").append(f.detail());
            }
        }
        return text.toString();
    }
}
