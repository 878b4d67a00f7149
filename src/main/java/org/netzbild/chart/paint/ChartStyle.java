package org.netzbild.chart.paint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netzbild.chart.StyleRules;

/**
 * The chart's look, resolved from the style sheet {@code graph.css} (a data file, so a new entity
 * type needs no code): an entity's properties cascade from {@code node} through its classes in the
 * order of its {@code ui.class} ({@code "Person, highlight"}), then {@code node:selected} if it is
 * selected, then its own {@code ui.style} (the colour by agency or municipality). Looks are cached
 * per combination, so a redraw of 5,000 entities resolves a handful of looks, not 5,000, and
 * equal looks are one instance (OWNS and DIRECTS links look alike and are stroked as one path).
 * Not thread-safe: one thread draws with it (the FX thread on screen, the exporting one otherwise).
 */
public final class ChartStyle {

    private final StyleRules rules;
    private final Map<String, NodeLook> nodeLooks = new HashMap<>();
    private final Map<String, LinkLook> linkLooks = new HashMap<>();
    /** Equal looks are one instance, so that the painter can group elements by identity. */
    private final Map<Object, Object> interned = new HashMap<>();

    private ChartStyle(StyleRules rules) {
        this.rules = rules;
    }

    /** The sheet the application ships, read once. */
    public static ChartStyle standard() {
        return new ChartStyle(Standard.RULES);
    }

    public static ChartStyle of(String css) {
        return new ChartStyle(StyleRules.parse(css));
    }

    public Rgba background() {
        return colour(rules.rule("graph").getOrDefault("fill-color", "#ffffff"));
    }

    /** The margin around the whole chart when it is fitted into the view. */
    public double padding() {
        return length(rules.rule("graph").getOrDefault("padding", "0"));
    }

    /** The look of an entity with these {@code ui.class} classes, selection state and {@code ui.style}. */
    public NodeLook node(String classes, boolean selected, String inlineStyle) {
        String key = classes + '\n' + selected + '\n' + inlineStyle;
        return nodeLooks.computeIfAbsent(key, k -> intern(nodeLook(cascade("node", classes, selected, inlineStyle))));
    }

    /** The look of a link with these {@code ui.class} classes (its link type). */
    public LinkLook link(String classes) {
        return linkLooks.computeIfAbsent(classes == null ? "" : classes, k -> intern(linkLook(cascade("edge", k, false, null))));
    }

    @SuppressWarnings("unchecked")
    private <T> T intern(T look) {
        return (T) interned.computeIfAbsent(look, l -> l);
    }

    /** The fill colour of each class that has a rule of its own (the entity types), for legends. */
    public static Map<String, String> typeColours() {
        return Standard.TYPE_COLOURS;
    }

    private Map<String, String> cascade(String element, String classes, boolean selected, String inlineStyle) {
        var properties = new HashMap<>(rules.rule(element));
        if (classes != null) {
            for (String name : classes.split(",")) {
                if (!name.isBlank()) {
                    properties.putAll(rules.rule(element + "." + name.strip()));
                }
            }
        }
        if (selected) {
            properties.putAll(rules.rule(element + ":selected"));
        }
        if (inlineStyle != null) {
            properties.putAll(StyleRules.declarations("ui.style", inlineStyle));
        }
        return properties;
    }

    private static NodeLook nodeLook(Map<String, String> p) {
        boolean outlined = !p.getOrDefault("stroke-mode", "none").equals("none");
        boolean textBackground = !p.getOrDefault("text-background-mode", "none").equals("none");
        return new NodeLook(NodeShape.named(p.getOrDefault("shape", "circle")), length(p.getOrDefault("size", "10")),
                colour(p.getOrDefault("fill-color", "#000000")),
                outlined ? colour(p.getOrDefault("stroke-color", "#000000")) : null,
                outlined ? length(p.getOrDefault("stroke-width", "1")) : 0,
                p.getOrDefault("stroke-mode", "none").equals("dashes"),
                length(p.getOrDefault("text-size", "11")),
                colour(p.getOrDefault("text-color", "#000000")),
                textBackground ? colour(p.getOrDefault("text-background-color", "#ffffff")) : null,
                length(p.getOrDefault("text-padding", "0")),
                p.getOrDefault("text-alignment", "center").equals("center"),
                p.getOrDefault("size-mode", "normal").equals("fit"),
                length(p.getOrDefault("padding", "0")));
    }

    private static LinkLook linkLook(Map<String, String> p) {
        String[] arrow = p.getOrDefault("arrow-size", "8px, 5px").split(",");
        double arrowLength = length(arrow[0]);
        return new LinkLook(colour(p.getOrDefault("fill-color", "#000000")), length(p.getOrDefault("size", "1")),
                p.getOrDefault("stroke-mode", "none").equals("dashes"), p.getOrDefault("stroke-mode", "none").equals("dots"),
                arrowLength,
                arrow.length > 1 ? length(arrow[1]) : arrowLength);
    }

    private static Rgba colour(String value) {
        try {
            return Rgba.web(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("graph.css: not a colour: '" + value + "'", e);
        }
    }

    /** A length in pixels; the sheet writes {@code 14px}, a plain number means pixels too. */
    private static double length(String value) {
        String number = value.strip();
        number = number.endsWith("px") ? number.substring(0, number.length() - 2) : number;
        try {
            return Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("graph.css: not a length in pixels: '" + value + "'", e);
        }
    }

    /** Lazy holder: the shipped sheet is read and parsed once. */
    private static final class Standard {
        static final StyleRules RULES = StyleRules.standard();
        static final Map<String, String> TYPE_COLOURS = typeColours(RULES);

        private static Map<String, String> typeColours(StyleRules rules) {
            var colours = new LinkedHashMap<String, String>();
            for (String selector : rules.selectors()) {
                String colour = rules.rule(selector).get("fill-color");
                if (selector.startsWith("node.") && colour != null) {
                    colours.put(selector.substring(5), colour);
                }
            }
            return Map.copyOf(colours);
        }
    }
}
