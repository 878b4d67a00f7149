package org.netzbild.store.cypher;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that reads records for a session. It is written as a template in which
 * {@code VISIBLE(x)} stands for the visibility rule applied to the record variable {@code x} (and
 * {@code OWN_IMPORT(i)} for an import's bookkeeping node); {@link #of} refuses a template that binds
 * a record variable without its rule, or walks an unnamed relationship other than a statement's
 * {@code STATES}, and then expands the rule. {@link SessionTx} runs it with the session's parameters
 * {@code $unrestricted}, {@code $user}, {@code $agencies} and {@code $cases}, always.
 */
final class SessionRead implements Query {

    static final String VISIBLE = "VISIBLE(";
    static final String OWN_IMPORT = "OWN_IMPORT(";
    static final String DUE = "DUE(";

    /** A node pattern with a variable: {@code (x)}, {@code (x:Label)}, {@code (x:Label {id: $id})}; not a call {@code f(x)}. */
    private static final Pattern NODE = Pattern.compile("(?<![\\w.$])\\(\\s*([A-Za-z_]\\w*)\\s*(?::[^(){}]*)?(?:\\{[^}]*})?\\s*\\)");
    private static final Pattern RELATIONSHIP = Pattern.compile("\\[\\s*([A-Za-z_]\\w*)?\\s*(:[^\\]*{]*)?(\\*[^\\]]*)?(?:\\{[^}]*})?\\s*]");
    private static final Pattern RULE = Pattern.compile("(VISIBLE|OWN_IMPORT|DUE)\\((\\w+)\\)");
    /**
     * A rule used other than as a condition that must hold: negated, or one side of an OR, or
     * compared. {@link #visible} is {@code false} where the rule as a disjunction was {@code null},
     * which only a condition that must hold cannot tell apart.
     */
    private static final Pattern RULE_NOT_REQUIRED = Pattern.compile(
            "(?i)\\b(NOT|X?OR)\\s*\\(?\\s*(VISIBLE|OWN_IMPORT|DUE)\\(|(VISIBLE|OWN_IMPORT|DUE)\\(\\w+\\)\\s*\\)?\\s*(X?OR\\b|=|<>|IS\\b)");

    private final String cypher;
    private final String unrestrictedCypher;
    private final String template;

    private SessionRead(String template, String cypher, String unrestrictedCypher) {
        this.template = template;
        this.cypher = cypher;
        this.unrestrictedCypher = unrestrictedCypher;
    }

    static SessionRead of(String template) {
        var filtered = new LinkedHashSet<String>();
        Matcher rules = RULE.matcher(template);
        while (rules.find()) {
            filtered.add(rules.group(2));
        }
        if (filtered.isEmpty()) {
            throw new IllegalArgumentException("a session read without a visibility rule: " + template);
        }
        Matcher loose = RULE_NOT_REQUIRED.matcher(template);
        if (loose.find()) {
            throw new IllegalArgumentException("a rule must be a condition that holds, not negated, one side of an OR"
                    + " or compared: '" + loose.group() + "' in " + template);
        }
        for (String variable : recordVariables(template)) {
            if (!filtered.contains(variable)) {
                throw new IllegalArgumentException("record variable '" + variable + "' is read without VISIBLE("
                        + variable + "): " + template);
            }
        }
        return new SessionRead(template, expand(template, false), expand(template, true));
    }

    /** The variables the template's patterns bind to nodes and relationships. */
    static Set<String> recordVariables(String template) {
        var variables = new LinkedHashSet<String>();
        Matcher nodes = NODE.matcher(template);
        while (nodes.find()) {
            variables.add(nodes.group(1));
        }
        Matcher relationships = RELATIONSHIP.matcher(template);
        while (relationships.find()) {
            String variable = relationships.group(1);
            String type = relationships.group(2);
            String length = relationships.group(3);
            if (variable != null) {
                variables.add(variable);
            } else if (length != null) {
                requireWholePathFiltered(template);
            } else if (type != null && type.replace(" ", "").equals(":STATES")) {
                continue; // a statement's tie to its entity, no record of its own
            } else if (type != null || template.substring(relationships.end()).startsWith("-")
                    || template.substring(0, relationships.start()).endsWith("-")) {
                throw new IllegalArgumentException("an unnamed relationship is walked unfiltered: " + relationships.group()
                        + " in " + template);
            }
        }
        return variables;
    }

    /**
     * A variable-length pattern is allowed only when every node and relationship of its path is
     * filtered: during the search ({@code p}, the path), or after it on every path found ({@code q},
     * each of the paths collected; the path statements of ADR 0043). A check after the search must
     * gate what is projected ({@code CASE WHEN linksVisible THEN}): found, a hidden record's path is
     * still in the statement's hands.
     */
    private static void requireWholePathFiltered(String template) {
        boolean gated = template.contains("CASE WHEN linksVisible THEN");
        boolean links = filtered(template, "r IN relationships", "p") || gated && filtered(template, "r IN relationships", "q");
        boolean nodes = filtered(template, "x IN nodes", "p") || gated && filtered(template, "x IN nodes", "q");
        if (!links || !nodes) {
            throw new IllegalArgumentException("a variable-length path must filter all its nodes and relationships: " + template);
        }
    }

    private static boolean filtered(String template, String over, String path) {
        String variable = over.substring(0, 1);
        return template.matches("(?s).*all\\(" + over + "\\(" + path + "\\) WHERE [^\\n]*VISIBLE\\(" + variable + "\\).*");
    }

    /**
     * The visibility rule (see {@link org.netzbild.security.Visibility}) for a record variable. It
     * also keeps out what Netzbild did not write: on a shared server another client can create nodes
     * and links with plain Cypher, even with Netzbild's labels; a record without an id or the agency
     * that stated it is not one of ours and is never read.
     *
     * <p>Written as one {@code CASE} rather than as the disjunction it stands for ({@code $unrestricted
     * OR handling = 'OPEN' OR (handling = 'AGENCY_ONLY' AND ...) OR ...}): Neo4j normalises a
     * disjunction of conjunctions into clauses and analyses and plans each, and the rule stands in a
     * statement once per record variable (eight times in the neighbourhood read). The store's reads
     * compile in 0.72&times; the time this way ({@code StatementCompileBenchmark},
     * {@code docs/benchmarks.md}; a workspace compiles each statement anew at every start), and the
     * planner no longer turns the review-date disjunction into three index seeks and a union for each
     * record looked up. The {@code CASE} is {@code false} where the disjunction was {@code null} (a
     * record with no handling or a foreign one): as a condition that must hold, which {@link #of}
     * makes every rule be, it keeps out the same records ({@code VisibilityRuleTest}).
     */
    static String visible(String x) {
        return "(" + x + ".id IS NOT NULL AND " + x + ".sourceAgency IS NOT NULL AND CASE WHEN " + overdue(x)
                + " THEN false WHEN $unrestricted THEN true ELSE CASE " + x + ".handling"
                + " WHEN 'OPEN' THEN true"
                + " WHEN 'AGENCY_ONLY' THEN " + x + ".sourceAgency IN $agencies"
                + " WHEN 'NEED_TO_KNOW' THEN (" + x + ".recordedBy = $user OR $user IN coalesce(" + x
                + ".needToKnowUsers, []) OR any(c IN coalesce(" + x + ".needToKnowCases, []) WHERE c IN $cases))"
                + " ELSE false END END)";
    }

    /**
     * Storage limitation (§ 75 BDSG, ADR 0022): an entity whose review date has passed is out of every
     * normal read until its agency's data protection officer has reviewed it ({@link #due}). The
     * entity is the unit of review: its links and the statements about it go with it (a read walks
     * only between visible entities), and their own review dates move the entity's on, so they are
     * not checked here. {@code $today} is set by {@link SessionTx} for every read. A review date that
     * is not a date (a foreign record's) counts as passed, as the comparison with it cannot say it
     * has not.
     */
    static String overdue(String x) {
        return x + ":Entity AND NOT coalesce(" + x + ".reviewBy >= $today, " + x + ".reviewBy IS NULL)";
    }

    /**
     * The review queue's rule: an entity of the session's own agencies (the controller, who decides
     * on its records) whose review date has passed, whatever its handling, since the agency's data
     * protection officer reviews need-to-know records too. Only the review reads use it.
     */
    static String due(String x) {
        return "(" + x + ".id IS NOT NULL AND " + x + ".sourceAgency IS NOT NULL AND " + x + ":Entity AND "
                + x + ".reviewBy IS NOT NULL AND " + x + ".reviewBy < $today AND ($unrestricted OR "
                + x + ".sourceAgency IN $agencies))";
    }

    /**
     * An import's bookkeeping node: a restricted session sees the imports of its own agencies and
     * those its user ran (an import on another agency's behalf, its records in that agency's name).
     */
    static String ownImport(String i) {
        return "(" + i + ".id IS NOT NULL AND ($unrestricted OR " + i + ".agency IN $agencies OR " + i + ".user = $user))";
    }

    /**
     * The rules as they read for a session that may see everything ({@code $unrestricted} true):
     * what is left of each once its restricted branches are gone. The same records pass
     * ({@code VisibilityRuleTest} runs both forms on every combination), and the statement is
     * shorter: Neo4j compiles the store's reads with them in 0.70&times; the time
     * ({@code StatementCompileBenchmark}, {@code docs/benchmarks.md}), at every start of a
     * workspace. A restricted session always runs the whole rule; which form runs is decided by the
     * same visibility that sets {@code $unrestricted} ({@link SessionTx}).
     */
    static String visibleToAll(String x) {
        return "(" + x + ".id IS NOT NULL AND " + x + ".sourceAgency IS NOT NULL AND NOT (" + overdue(x) + "))";
    }

    /** {@link #due} for a session that may see everything: every entity whose review date has passed. */
    static String dueToAll(String x) {
        return "(" + x + ".id IS NOT NULL AND " + x + ".sourceAgency IS NOT NULL AND " + x + ":Entity AND "
                + x + ".reviewBy IS NOT NULL AND " + x + ".reviewBy < $today)";
    }

    /** {@link #ownImport} for a session that may see everything: every import's bookkeeping node. */
    static String anyImport(String i) {
        return "(" + i + ".id IS NOT NULL)";
    }

    private static String expand(String template, boolean unrestricted) {
        Matcher rules = RULE.matcher(template);
        var expanded = new StringBuilder();
        while (rules.find()) {
            String rule = switch (rules.group(1)) {
                case "VISIBLE" -> unrestricted ? visibleToAll(rules.group(2)) : visible(rules.group(2));
                case "DUE" -> unrestricted ? dueToAll(rules.group(2)) : due(rules.group(2));
                default -> unrestricted ? anyImport(rules.group(2)) : ownImport(rules.group(2));
            };
            rules.appendReplacement(expanded, Matcher.quoteReplacement(rule));
        }
        rules.appendTail(expanded);
        return expanded.toString();
    }

    /** The statement with the whole rule, as a restricted session runs it. */
    @Override
    public String cypher() {
        return cypher;
    }

    /** The statement as a session runs it: with the whole rule, or in the unrestricted form ({@link #visibleToAll}). */
    String cypher(boolean unrestricted) {
        return unrestricted ? unrestrictedCypher : cypher;
    }

    /** The statement as written, with its rules by name. */
    String template() {
        return template;
    }

    @Override
    public String toString() {
        return template;
    }
}
