package org.netzbild.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the chart's style sheet ({@code graph.css}): selector to properties, in the subset
 * of GraphStream's CSS dialect that the sheet uses. Selectors are {@code graph}, {@code node} or
 * {@code edge}, optionally with one class ({@code node.Person}) or the state {@code :selected}.
 * A broken sheet or an unknown property fails with a message that names the rule, so that a typo
 * cannot silently change the chart's colours.
 */
public final class StyleRules {

    public static final Set<String> PROPERTIES = Set.of("fill-color", "size", "shape", "stroke-mode", "stroke-color",
            "stroke-width", "text-size", "text-color", "text-alignment", "text-background-mode",
            "text-background-color", "text-padding", "size-mode", "padding", "arrow-size");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern SELECTOR = Pattern.compile("(graph|node|edge)(\\.[A-Za-z_][A-Za-z0-9_-]*|:selected)?");

    private final Map<String, Map<String, String>> rules;

    private StyleRules(Map<String, Map<String, String>> rules) {
        this.rules = rules;
    }

    /** The chart's shipped style sheet (the desktop's {@code graph.css}), for what is drawn or exported without the desktop. */
    public static StyleRules standard() {
        try (var in = StyleRules.class.getResourceAsStream("/org/netzbild/ui/chart/graph.css")) {
            if (in == null) {
                throw new IllegalStateException("the chart style sheet graph.css is missing");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the chart style sheet graph.css cannot be read", e);
        }
    }

    public static StyleRules parse(String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        var rules = new LinkedHashMap<String, Map<String, String>>();
        var matcher = RULE.matcher(text);
        int end = 0;
        while (matcher.find()) {
            requireBlank(text.substring(end, matcher.start()));
            String selector = matcher.group(1).strip();
            if (!SELECTOR.matcher(selector).matches()) {
                throw new IllegalArgumentException("graph.css: unknown selector '" + selector + "'");
            }
            rules.computeIfAbsent(selector, s -> new LinkedHashMap<>()).putAll(declarations(selector, matcher.group(2)));
            end = matcher.end();
        }
        requireBlank(text.substring(end));
        return new StyleRules(rules);
    }

    /** The properties of one selector, empty if the sheet has no such rule. */
    public Map<String, String> rule(String selector) {
        return rules.getOrDefault(selector, Map.of());
    }

    /** Every selector of the sheet, in the order of the sheet. */
    public Set<String> selectors() {
        return rules.keySet();
    }

    /** Parses {@code name: value; ...}, as in a rule's body or a node's {@code ui.style}. */
    public static Map<String, String> declarations(String where, String body) {
        var properties = new LinkedHashMap<String, String>();
        for (String declaration : body.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            String name = colon < 0 ? declaration.strip() : declaration.substring(0, colon).strip();
            if (colon < 0 || !PROPERTIES.contains(name)) {
                throw new IllegalArgumentException("graph.css: unknown property '" + name + "' in '" + where + "'");
            }
            properties.put(name, declaration.substring(colon + 1).strip());
        }
        return properties;
    }

    private static void requireBlank(String between) {
        if (!between.isBlank()) {
            throw new IllegalArgumentException("graph.css: cannot read '" + between.strip() + "'");
        }
    }
}
